using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Workflows.Cohorts;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>Version-4 cohorts for the tests of HR's changes: one in its posting with its calendar
/// written, and its calendar as its custom status holds it now.</summary>
public static class CohortCalendars
{
    public static async Task<string> PostingCohortAsync(this AppHost app, string nominee)
    {
        ArgumentNullException.ThrowIfNull(app);
        var cohortId = await app.CreateCohortAsync([nominee]);
        await app.WaitForEmailAsync(nominee, "posting-invitation");
        await AppHost.EventuallyAsync(async () => (await app.Client.GetInstanceAsync(cohortId)) is { } i ? CohortReadModel.ReadStatus(i)?.Cohort : null, "the cohort's calendar");
        return cohortId;
    }

    public static async Task<CohortCalendarStatus> CalendarAsync(this AppHost app, string cohortId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return CohortReadModel.ReadStatus((await app.Client.GetInstanceAsync(cohortId))!)!.Cohort!;
    }
}
