using AmbassadorFlows.Workflows.Cohorts;

namespace AmbassadorFlows.Workflows.Tests.Cohorts;

public sealed class DiversitySummaryTests
{
    private static readonly DateOnly AsOf = new(2026, 1, 5);

    [Fact]
    public void Of_AllFromOneDepartment_FlagsOneDepartment()
    {
        var summary = DiversitySummary.Of(
        [
            new("E1", "A", "IT", "Staff", "Ghent", new DateOnly(2025, 6, 1), false),
            new("E2", "B", "IT", "Senior", "Aarhus", new DateOnly(2010, 1, 1), false),
        ], AsOf);

        Assert.Contains(DiversitySummary.OneDepartmentFlag, summary.Flags);
        Assert.DoesNotContain(DiversitySummary.OneRegionFlag, summary.Flags);
        Assert.Equal(2, summary.Departments["IT"]);
        Assert.Equal(1, summary.Seniority["<1y"]);
        Assert.Equal(1, summary.Seniority["10y+"]);
    }

    [Fact]
    public void Of_MixedGroup_HasNoFlags()
    {
        var summary = DiversitySummary.Of(
        [
            new("E1", "A", "IT", "Staff", "Ghent", null, false),
            new("E2", "B", "Sales", "Lead", "Liège", null, true),
        ], AsOf);

        Assert.Empty(summary.Flags);
        Assert.Equal(2, summary.Seniority[DiversitySummary.Unknown]);
    }

    [Fact]
    public void Of_SinglePerson_IsNotFlagged()
    {
        Assert.Empty(DiversitySummary.Of([new("E1", "A", "IT", "Staff", "Ghent", null, false)], AsOf).Flags);
    }
}
