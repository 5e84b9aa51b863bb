using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Tests.Cohorts;

public sealed class MeetingGroupsTests
{
    /// <summary><paramref name="count"/> people "P0001"…, the regions dealt round (or as given).</summary>
    internal static List<Employee> People(int count, Func<int, string?>? region = null, Func<int, string?>? department = null)
        => [.. Enumerable.Range(1, count).Select(i => new Employee(
            $"P{i:0000}", $"Person {i:0000}", $"p{i:0000}@contoso.example", department?.Invoke(i) ?? "Sales", null, null,
            region is null ? $"Region-{(char)('A' + (i % 3))}" : region(i), (i % 2) == 0 ? "nl" : "en", null, null))];

    [Fact]
    public void Split_ThirtyPeopleInGroupsOfTwelve_MakesThreeGroupsOfTen()
    {
        var groups = MeetingGroups.Split(People(30, _ => "North"), 12, "region");

        Assert.Equal([10, 10, 10], groups.Select(g => g.Members.Count));
        Assert.Equal([1, 2, 3], groups.Select(g => g.Number));
        Assert.All(groups, g => Assert.Equal(3, g.Of));
        Assert.Equal(30, groups.SelectMany(g => g.Members).Select(m => m.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(1, 12)]
    [InlineData(13, 12)]
    [InlineData(14, 12)]
    [InlineData(25, 12)]
    [InlineData(61, 12)]
    [InlineData(2000, 12)]
    [InlineData(31, 30)]
    [InlineData(9, 4)]
    [InlineData(997, 7)]
    public void Split_AnyCohort_EveryoneOnceNoGroupOverTheSizeAndNoneOfOneOrTwoLeftOver(int count, int size)
    {
        var people = People(count);

        var groups = MeetingGroups.Split(people, size, "region");

        Assert.Equal(people.Select(p => p.Id).Order(StringComparer.Ordinal), groups.SelectMany(g => g.Members).Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal((count + size - 1) / size, groups.Count);
        Assert.All(groups, g => Assert.InRange(g.Members.Count, Math.Min(count, 3), size));
    }

    [Fact]
    public void Split_ByRegion_KeepsEachRegionTogetherWhenItFits()
    {
        // 11 in Antwerp, 13 in Brussels, 6 in Copenhagen: in id order they are mixed.
        var people = People(30, i => i <= 11 ? "Antwerp" : i <= 24 ? "Brussels" : "Copenhagen").OrderByDescending(p => p.Id, StringComparer.Ordinal).ToList();

        var groups = MeetingGroups.Split(people, 12, "region");

        Assert.Equal(3, groups.Count);
        Assert.Equal(["Antwerp"], groups[0].Keys); // all 11 together, not 10 and one left with Brussels
        Assert.Equal(11, groups[0].Members.Count);
        Assert.All(groups[0].Members, m => Assert.Equal("Antwerp", m.Region));
        Assert.Equal(["Brussels"], groups[1].Keys);
        // The only region that is cut is the one too big to fit one group with the rest.
        Assert.Equal(1, groups.Count(g => g.Keys.Contains("Brussels")) - 1);
        Assert.Single(groups, g => g.Keys.Contains("Copenhagen"));
    }

    [Fact]
    public void Split_ThreeRegionsOfTen_OneGroupPerRegion()
    {
        var people = People(30, i => $"Region-{(char)('A' + (i % 3))}");

        var groups = MeetingGroups.Split(people, 12, "region");

        Assert.Equal([["Region-A"], ["Region-B"], ["Region-C"]], groups.Select(g => g.Keys));
        Assert.All(groups, g => Assert.Equal(10, g.Members.Count));
    }

    [Fact]
    public void Split_ByDepartment_SortsByDepartmentThenId()
    {
        var people = People(8, department: i => i % 2 == 0 ? "IT" : "HR");

        var group = Assert.Single(MeetingGroups.Split(people, 12, "department"));

        Assert.Equal(["P0001", "P0003", "P0005", "P0007", "P0002", "P0004", "P0006", "P0008"], group.Members.Select(m => m.Id));
        Assert.Equal(["HR", "IT"], group.Keys);
    }

    [Fact]
    public void Split_SamePeopleInAnotherOrder_SameGroups()
    {
        var people = People(45);
        var shuffled = people.OrderBy(p => p.Email.GetHashCode(StringComparison.Ordinal)).ToList();

        var once = MeetingGroups.Split(people, 12, "region");
        var again = MeetingGroups.Split(shuffled, 12, "region");

        Assert.Equal(once.Select(g => string.Join(",", g.Members.Select(m => m.Id))), again.Select(g => string.Join(",", g.Members.Select(m => m.Id))));
    }

    [Fact]
    public void GroupingFor_ProgrammeWithoutTheSetting_ByRegionWhenTheDirectoryHasRegionsElseNone()
    {
        var meetings = new MeetingCadence();

        Assert.Equal(12, meetings.GroupSize);
        Assert.Null(meetings.GroupBy);
        Assert.Equal("region", MeetingGroups.GroupingFor(meetings, People(3)));
        Assert.Equal("none", MeetingGroups.GroupingFor(meetings, People(3, _ => null)));
        Assert.Equal("language", MeetingGroups.GroupingFor(meetings with { GroupBy = "language" }, People(3)));
    }

    [Theory]
    [InlineData("mobility-ambassadors", 1)]
    [InlineData("mobility-ambassadors", 2)]
    [InlineData("work-community-ambassadors", 1)]
    [InlineData("work-community-ambassadors", 2)]
    public void LoadEmbedded_ReleasedVersionWithoutTheSetting_GetsTheDefaults(string id, int version)
    {
        var meetings = ProgrammeCatalog.LoadEmbedded().Get(id, version).Meetings;

        Assert.Equal(MeetingCadence.DefaultGroupSize, meetings.GroupSize);
        Assert.Null(meetings.GroupBy);
    }

    [Fact]
    public void Validate_GroupSizeAndGroupByOutOfRange_NamesEachField()
    {
        var good = ProgrammeCatalog.LoadEmbedded().Get("mobility-ambassadors");

        Assert.Contains(ProgrammeValidator.Validate(good with { Meetings = good.Meetings with { GroupSize = 3 } }), e => e.StartsWith("meetings.groupSize must be 4–30", StringComparison.Ordinal));
        Assert.Contains(ProgrammeValidator.Validate(good with { Meetings = good.Meetings with { GroupSize = 31 } }), e => e.StartsWith("meetings.groupSize", StringComparison.Ordinal));
        Assert.Contains(ProgrammeValidator.Validate(good with { Meetings = good.Meetings with { GroupBy = "team" } }), e => e.StartsWith("meetings.groupBy", StringComparison.Ordinal) && e.Contains("'team'", StringComparison.Ordinal));
        foreach (var grouping in MeetingCadence.Groupings)
        {
            Assert.Empty(ProgrammeValidator.Validate(good with { Meetings = good.Meetings with { GroupSize = 4, GroupBy = grouping } }));
        }

        Assert.Empty(ProgrammeValidator.Validate(good with { Meetings = good.Meetings with { GroupSize = 30 } }));
    }
}
