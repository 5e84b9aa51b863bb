using System.Text.Json;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Tests.Health;

/// <summary>
/// The figures kept as per-ambassador parts on SQLite (only who changed is redone) equal the figures
/// computed from every row, after random sequences of what a cohort's year brings: steps, check-ins,
/// requests, answers, training, new months, erasure.
/// </summary>
public sealed class CohortFigurePartsTests
{
    private const string Cohort = "parts";
    private static readonly DateTimeOffset FirstMeeting = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Words = ["bike", "showers", "parking", "lunch", "talk", "poster", "newsletter", "colleagues", "time", "manager"];
    private static readonly FigureBasis Basis = new("test", "mobility", 3, AtRiskSettings.Default, ["en"]);
    private readonly AppDatabase _database = new(Path.Combine(Path.GetTempPath(), "af-tests", $"parts-{Guid.NewGuid():N}.db"));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task ReadAsync_RandomChangesBetweenReads_EqualsTheFiguresComputedFromEveryRow(int seed)
    {
        var random = new Random(seed);
        var cohort = new CohortWrites(_database);
        var figures = new SqliteCohortFigures(_database);
        var month = 1;
        await cohort.StartMonthAsync(month, random);
        var reads = 0;
        for (var change = 0; change < 150; change++)
        {
            if (random.Next(25) == 0 && month < 8)
            {
                await cohort.StartMonthAsync(++month, random);
            }
            else
            {
                await cohort.ChangeAsync(random, month);
            }

            if (random.Next(3) == 0)
            {
                Assert.Equal(await cohort.ComputedAsync(), Normal(await ReadAsync(figures)));
                reads++;
            }
        }

        // Most reads took the parts of who changed, not every row: a full computation moves the claim on.
        Assert.True(await ClaimAsync() < reads / 2, $"claim {await ClaimAsync()} of {reads} reads");
    }

    [Fact]
    public async Task ReadAsync_OneCheckInInACohortOf300_RedoesThatAmbassadorOnly()
    {
        var random = new Random(7);
        var cohort = new CohortWrites(_database, size: 300);
        var figures = new SqliteCohortFigures(_database);
        await cohort.StartMonthAsync(1, random);
        await ReadAsync(figures);
        var claim = await ClaimAsync();

        await new SqliteCohortProgress(_database).RecordCheckInAsync(Cohort, "E007", new CheckInRecord(1, true, 2.5, "bike talk", "time", null, FirstMeeting.AddDays(2)));
        Assert.Equal(["E007"], await DirtyAsync());
        var kept = await ReadAsync(figures);

        Assert.Equal(claim, await ClaimAsync());
        Assert.Empty(await DirtyAsync());
        Assert.Equal(await cohort.ComputedAsync(), Normal(kept));
    }

    [Fact]
    public async Task ReadAsync_AfterErasure_KeepsNoPartOfThePersonAndCountsNoneOfTheirWords()
    {
        var random = new Random(11);
        var cohort = new CohortWrites(_database, size: 6);
        var figures = new SqliteCohortFigures(_database);
        await cohort.StartMonthAsync(1, random);
        var progress = new SqliteCohortProgress(_database);
        foreach (var employee in new[] { "E000", "E001" })
        {
            await progress.RecordCheckInAsync(Cohort, employee, new CheckInRecord(1, true, 3, "zeppelin rides", null, null, FirstMeeting.AddDays(1)));
        }

        Assert.Contains(new ThemeTerm("zeppelin", 2), (await ReadAsync(figures)).Report.Months[0].Themes.Successes);

        var subject = new PersonalDataSubject("E000");
        await progress.EraseAsync(subject, new Redactor(subject), FirstMeeting.AddDays(3), CancellationToken.None);

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM figure_parts WHERE employee_id = 'E000'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM figure_state WHERE totals_json LIKE '%zeppelin%'"));
        var kept = await ReadAsync(figures);
        Assert.DoesNotContain(kept.Report.Months[0].Themes.Successes, t => t.Term == "zeppelin");
        Assert.Equal(await cohort.ComputedAsync(), Normal(kept));
    }

    [Fact]
    public async Task ForProgramme_TwoCohortsKeptAsParts_EqualsTheProgrammeComputedFromEveryRow()
    {
        var random = new Random(5);
        var figures = new SqliteCohortFigures(_database);
        var cohorts = new[] { new CohortWrites(_database, size: 8, cohort: "spring"), new CohortWrites(_database, size: 5, cohort: "autumn") };
        for (var month = 1; month <= 3; month++)
        {
            foreach (var cohort in month < 3 ? cohorts : cohorts[..1])
            {
                await cohort.StartMonthAsync(month, random);
                for (var change = 0; change < 10; change++)
                {
                    await cohort.ChangeAsync(random, month);
                }

                await figures.ReadTotalsAsync(cohort.Id, Basis);
            }
        }

        await cohorts[0].ChangeAsync(random, 3);
        var kept = new List<(string, FigureTotals)>();
        var inputs = new List<CohortFiguresInput>();
        foreach (var cohort in cohorts)
        {
            kept.Add((cohort.Id, await figures.ReadTotalsAsync(cohort.Id, Basis)));
            inputs.Add(await cohort.InputAsync());
        }

        var computed = HealthModel.ForProgramme("mobility", inputs, Basis.BudgetHoursPerMonth, Basis.Languages, Basis.AtRisk);
        Assert.Equal(Normal(new KeptCohortReport(computed, [])), Normal(new KeptCohortReport(HealthModel.ForProgramme("mobility", Basis.BudgetHoursPerMonth, kept), [])));
        Assert.Equal([2, 2, 1], computed.Months.Select(m => m.Cohorts));
    }

    private static async Task<KeptCohortReport> ReadAsync(SqliteCohortFigures figures)
        => (await figures.ReadTotalsAsync(Cohort, Basis)).ToKept(Cohort, Basis);

    /// <summary>The report as JSON, hours rounded (sums kept by adding and taking out may differ in the last bit).</summary>
    private static string Normal(KeptCohortReport kept)
        => JsonSerializer.Serialize(
            kept with
            {
                Report = kept.Report with { Months = [.. kept.Report.Months.Select(m => m with { HoursReported = Math.Round(m.HoursReported, 6) })] },
                AtRiskNow = [.. kept.AtRiskNow.OrderBy(a => a.EmployeeId, StringComparer.Ordinal)],
            },
            WorkflowJson.Options);

    private Task<long> ClaimAsync() => CountAsync("SELECT coalesce((SELECT claim FROM figure_state WHERE cohort_id = 'parts'), 0)");

    private async Task<List<string>> DirtyAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT employee_id FROM figure_dirty WHERE cohort_id = 'parts' ORDER BY employee_id";
        await using var reader = await query.ExecuteReaderAsync();
        var dirty = new List<string>();
        while (await reader.ReadAsync())
        {
            dirty.Add(reader.GetString(0));
        }

        return dirty;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _database.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = sql;
        return (long)(await query.ExecuteScalarAsync())!;
    }

    /// <summary>Writes to a cohort's rows through the stores, as the journeys' activities do.</summary>
    private sealed class CohortWrites(AppDatabase database, int size = 10, string cohort = Cohort)
    {
        private readonly SqliteCohortProgress _progress = new(database);
        private readonly SqliteApprovalStore _approvals = new(database);

        private static readonly (AmbassadorStep Step, string? Outcome)[] Steps =
        [
            (AmbassadorStep.Training, null), (AmbassadorStep.Active, null), (AmbassadorStep.Active, null), (AmbassadorStep.Renewal, null),
            (AmbassadorStep.Ended, nameof(JourneyOutcome.SteppedDown)), (AmbassadorStep.Ended, nameof(JourneyOutcome.LeftCompany)), (AmbassadorStep.Ended, nameof(JourneyOutcome.Withdrawn)),
        ];

        public string Id => cohort;

        public Task<CohortFiguresInput> InputAsync() => new CohortFiguresSource(_progress, _approvals).ReadAsync(cohort);

        public async Task<string> ComputedAsync()
        {
            var input = await new CohortFiguresSource(_progress, _approvals).ReadAsync(cohort);
            var computed = CohortFigures.Compute(input, Basis.BudgetHoursPerMonth, Basis.AtRisk);
            return Normal(new KeptCohortReport(Report(computed), computed.AtRiskNow));
        }

        /// <summary>The report straight from <see cref="CohortFigures.Compute"/>'s months, not from parts: the reference.</summary>
        private static HealthReport Report(CohortFigures figures)
            => new(
                HealthScope.Cohort,
                figures.CohortId,
                Basis.ProgrammeId,
                figures.BudgetHoursPerMonth,
                [figures.CohortId],
                [.. figures.Months.Select(m => new HealthMonth(m.Month, m.MeetingStart, 1, m.Active, m.Attended, m.Requested, m.Answered, m.HoursReported, m.HoursReports, m.StepDowns, m.AtRisk.Count, FeedbackThemes.Of(m.CheckIns, Basis.Languages)))]);

        /// <summary>A month's meeting: everyone serving is asked for a check-in (now and then without a recorded start).</summary>
        public async Task StartMonthAsync(int month, Random random)
        {
            for (var i = 0; i < size; i++)
            {
                var employee = Employee(i);
                if (month == 1)
                {
                    await _progress.RecordStepAsync(new AmbassadorStepChange(cohort, employee, JourneyIds.For(cohort, employee), AmbassadorStep.Active, FirstMeeting.AddDays(-20)));
                }

                if (random.Next(6) > 0)
                {
                    await RequestAsync(employee, month, recorded: random.Next(10) > 0);
                }
            }
        }

        public async Task ChangeAsync(Random random, int month)
        {
            var employee = Employee(random.Next(size));
            var journey = JourneyIds.For(cohort, employee);
            var meeting = FirstMeeting.AddMonths(month - 1);
            switch (random.Next(40) == 0 ? 6 : random.Next(6))
            {
                case 0:
                    var (step, outcome) = Steps[random.Next(Steps.Length)];
                    await _progress.RecordStepAsync(new AmbassadorStepChange(cohort, employee, journey, step, meeting.AddDays(random.Next(-10, 20)), Outcome: outcome));
                    break;
                case 1:
                case 2:
                    await _progress.RecordCheckInAsync(cohort, employee, new CheckInRecord(
                        random.Next(1, month + 1),
                        random.Next(3) > 0,
                        new[] { 0, 1.5, 3, 3.3, 7, 12 }[random.Next(6)],
                        Text(random),
                        Text(random),
                        random.Next(2) == 0 ? null : Text(random),
                        meeting.AddDays(2))
                    {
                        HoursInvalid = random.Next(8) == 0,
                        NoTime = random.Next(6) == 0,
                    });
                    break;
                case 3:
                    var asked = JourneyIds.CheckIn(journey, random.Next(1, month + 1));
                    if (await _approvals.GetAsync(asked) is not null)
                    {
                        await _approvals.TryDecideAsync(new ApprovalDecision(asked, "submit", employee, meeting.AddDays(3)));
                    }

                    break;
                case 4:
                    await RequestAsync(employee, random.Next(1, month + 1), recorded: random.Next(5) > 0);
                    break;
                case 5:
                    await _progress.RecordTrainingAsync(cohort, employee, new TrainingRecord(["m1", "m2"], random.Next(2) == 0 ? ["m1"] : ["m1", "m2"], meeting, random.Next(2) == 0));
                    break;
                default:
                    var subject = new PersonalDataSubject(employee);
                    await _progress.EraseAsync(subject, new Redactor(subject), meeting, CancellationToken.None);
                    break;
            }
        }

        private static string Employee(int i) => $"E{i:D3}";

        private static string Text(Random random) => string.Join(' ', Enumerable.Range(0, random.Next(0, 4)).Select(_ => Words[random.Next(Words.Length)]));

        private async Task RequestAsync(string employee, int month, bool recorded)
        {
            var journey = JourneyIds.For(cohort, employee);
            var meeting = FirstMeeting.AddMonths(month - 1);
            await _approvals.CreateAsync(new PendingApproval(JourneyIds.CheckIn(journey, month), journey, "CheckIn", "check-in", employee, $"{employee}@example.test", ["submit"], meeting.AddHours(2), meeting.AddDays(14))
            {
                DetailsJson = recorded ? WorkflowJson.Serialize(new CheckInDetails(month, meeting.UtcDateTime)) : null,
            });
        }
    }
}
