using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Tests.Programmes;

public sealed class ProgrammeCatalogTests
{
    [Fact]
    public void LoadEmbedded_ShippedProgrammes_AreValidAndListed()
    {
        var catalog = ProgrammeCatalog.LoadEmbedded();

        var ids = catalog.List().Select(p => p.Id).ToList();
        Assert.Contains("mobility-ambassadors", ids);
        Assert.Contains("work-community-ambassadors", ids);
        Assert.Equal(3, catalog.Get("mobility-ambassadors").TimeBudgetHoursPerMonth);
        Assert.Equal(6, catalog.Get("work-community-ambassadors").TermMonths);
    }

    [Fact]
    public void LoadEmbedded_LatestShippedVersions_AreWrittenInEveryLanguageWeServe()
    {
        var catalog = ProgrammeCatalog.LoadEmbedded();

        // New cohorts start on the latest version: no reader gets a fallback language there.
        Assert.All(catalog.List(), p => Assert.Equal(["da", "en", "fr", "nl"], p.Languages.Order(StringComparer.Ordinal)));
        // The earlier versions stay as published: cohorts that pinned them read them unchanged.
        Assert.DoesNotContain("da", catalog.Get("mobility-ambassadors", 1).Languages);
        Assert.DoesNotContain("fr", catalog.Get("work-community-ambassadors", 1).Languages);
    }

    [Fact]
    public void Get_VersionOmitted_ReturnsLatest()
    {
        var catalog = ProgrammeCatalog.LoadEmbedded();
        var v2 = catalog.Get("mobility-ambassadors", 2);
        catalog.Add(v2 with { Version = 3, TimeBudgetHoursPerMonth = 4 });

        Assert.Equal(3, catalog.Get("mobility-ambassadors").Version);
        Assert.Equal(3, catalog.Get("mobility-ambassadors", 2).TimeBudgetHoursPerMonth);
        Assert.Equal([1, 2, 3], catalog.List().Single(p => p.Id == "mobility-ambassadors").Versions);
    }

    [Fact]
    public void Get_UnknownVersion_ThrowsNotFound()
    {
        var catalog = ProgrammeCatalog.LoadEmbedded();

        Assert.Throws<ProgrammeNotFoundException>(() => catalog.Get("mobility-ambassadors", 9));
        Assert.Throws<ProgrammeNotFoundException>(() => catalog.Get("nope"));
    }

    [Fact]
    public void Add_SameVersionTwice_IsRefused()
    {
        var catalog = ProgrammeCatalog.LoadEmbedded();

        var error = Assert.Throws<ProgrammeValidationException>(() => catalog.Add(catalog.Get("mobility-ambassadors", 1)));
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenProgramme_ReportsEveryProblemByField()
    {
        var good = ProgrammeCatalog.LoadEmbedded().Get("mobility-ambassadors");
        var broken = good with
        {
            TermMonths = 0,
            Languages = ["en", "nl", "fr", "de"],
            ManagerApproval = good.ManagerApproval with { EscalateToHrAfterDays = 2 },
            Meetings = good.Meetings with { WeekOfMonth = 7, StartTime = "noon" },
        };

        var errors = ProgrammeValidator.Validate(broken);

        Assert.Contains(errors, e => e.StartsWith("termMonths", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'de' is not one of", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("name has no 'de' text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("managerApproval.escalateToHrAfterDays", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("meetings.weekOfMonth", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("meetings.startTime", StringComparison.Ordinal));
        Assert.Empty(ProgrammeValidator.Validate(good));
    }

    [Fact]
    public void Parse_MalformedJson_ThrowsValidationError()
    {
        var error = Assert.Throws<ProgrammeValidationException>(() => ProgrammeCatalog.Parse("{ \"id\": ", "test.json"));
        Assert.Contains("not valid programme JSON", Assert.Single(error.Errors), StringComparison.Ordinal);
    }
}
