using System.Diagnostics;
using System.Globalization;
using System.Net;
using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Functions;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Benchmarks.Scale;

/// <summary>
/// One cohort size in this process (a fresh one per size, so CPU time and peak RSS are its own):
/// the real app as local mode builds it (<see cref="AmbassadorFlowsApp.Build"/>: SQLite runtime and
/// stores, Kestrel on a loopback port) with a generated directory and the app's
/// <see cref="ManualClock"/>, one whole term played by <see cref="TermDriver"/>, then the pages'
/// warm latency and one person's erasure through the HR API.
/// </summary>
public static class ScaleRun
{
    private const int LatencySamples = 5;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static async Task<ScaleFigures> RunAsync(int n, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory($"af-scale-{n}-").FullName;
        try
        {
            return await MeasureAsync(n, folder, ct);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A handle still open: the temp folder is the OS's to clean.
            }
        }
    }

    private static async Task<ScaleFigures> MeasureAsync(int n, string folder, CancellationToken ct)
    {
        var directoryFile = Path.Combine(folder, "directory.json");
        GeneratedDirectory.Write(directoryFile, GeneratedDirectory.Create(n));
        var data = Path.Combine(folder, "data");
        var clock = new ManualClock(Start);
        await using var app = AmbassadorFlowsApp.Build(
            [
                "--urls=http://127.0.0.1:0",
                $"--AmbassadorFlows:DataPath={data}",
                $"--AmbassadorFlows:DirectoryPath={directoryFile}",
                "--Logging:LogLevel:Default=Warning",
            ],
            builder =>
            {
                builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));

                // The banner (addresses, generated keys) is for people starting the app, not for this output.
                builder.Services.AddKeyedSingleton(StartupBanner.OutputKey, TextWriter.Null);
            });
        await app.StartAsync(ct);
        try
        {
            return await MeasureAppAsync(n, app, clock, data, ct);
        }
        finally
        {
            // Stopped before it is disposed, or the runtime's dispatchers outlive their backend.
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<ScaleFigures> MeasureAppAsync(int n, WebApplication app, ManualClock clock, string data, CancellationToken ct)
    {
        var baseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        var services = app.Services;
        using var pages = new ApprovalPageClient(baseAddress, services.GetRequiredService<IApprovalLinks>());
        var driver = new TermDriver(pages, services.GetRequiredService<IApprovalStore>(), services.GetRequiredService<DurableTaskClient>(), services.GetRequiredService<LocalRuntimeDriver>(), clock);

        var cohortId = $"scale-{n}";
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await driver.StartCohortAsync(cohortId, ct);
        // Both pages once while the cohort is new, so the first read after the term times the
        // figures' computation, not the code's first run (the term's changes make it compute again).
        await FirstReadAsync(pages.Http, $"health/cohorts/{cohortId}", ct);
        await FirstReadAsync(pages.Http, $"cohorts/{cohortId}", ct);
        await driver.PlayTermAsync(cohortId, Start.AddYears(3), line => Log(n, line), ct);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var wallSeconds = wall.Elapsed.TotalSeconds;
        var termPeak = PeakRssMb();
        Log(n, $"term over at {clock.GetUtcNow():yyyy-MM-dd} after {wallSeconds:F0} s: {cpuSeconds:F1} s CPU, peak RSS {termPeak:F0} MB");
        foreach (var (what, count) in driver.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Log(n, $"  {count,6} × {what}");
        }

        // Everyone served: every candidate was selected, sent a check-in for each month of the term
        // and has ended their journey.
        var journeys = await services.GetRequiredService<ICohortProgress>().GetCohortAsync(cohortId, ct);
        var programme = await services.GetRequiredService<IProgrammeCatalog>().FindAsync(TermDriver.ProgrammeId, cancellationToken: ct);
        var months = programme?.TermMonths ?? throw new InvalidOperationException($"No programme {TermDriver.ProgrammeId}.");
        var served = journeys.Count(j => j.Step == AmbassadorStep.Ended && j.CheckIns.Count == months);
        Log(n, $"{journeys.Count} journeys, {served} ended with {months} check-ins each; steps: {string.Join(", ", journeys.GroupBy(j => j.Step).Select(g => $"{g.Key} {g.Count()}"))}");
        if (journeys.Count != n || served != n)
        {
            throw new InvalidOperationException($"Not everyone was served: {journeys.Count} journeys for {n} candidates, {served} ended with {months} check-ins.");
        }

        var appDb = FilesMb(data, "ambassadorflows-app.db");
        var durableDb = FilesMb(data, "ambassadorflows-durable.db");
        // The term moved the cohort's inputs on, so the first read of its figures (health page or
        // cohort page, which share them) computes them from the stores and keeps them; the warm reads
        // that follow read what was kept.
        var healthFirst = await FirstReadAsync(pages.Http, $"health/cohorts/{cohortId}", ct);
        var overview = await WarmLatencyAsync(pages.Http, "", ct);
        var cohortPage = await WarmLatencyAsync(pages.Http, $"cohorts/{cohortId}", ct);
        var health = await WarmLatencyAsync(pages.Http, $"health/cohorts/{cohortId}", ct);
        var programmeHealth = await WarmLatencyAsync(pages.Http, $"health/programmes/{TermDriver.ProgrammeId}", ct);
        var healthAfterChange = await AfterOneChangeAsync(pages.Http, services.GetRequiredService<ICohortProgress>(), cohortId, journeys, ct);
        var erasure = await EraseAsync(pages.Http, GeneratedDirectory.CandidateId(1), ct);
        Log(n, $"pages: overview {overview:F1} ms, cohort {cohortPage:F1} ms, health {health:F1} ms (first read {healthFirst:F1} ms, after one change {healthAfterChange:F1} ms), programme health {programmeHealth:F1} ms; erasure of one person {erasure:F0} ms");
        return new ScaleFigures(n, cpuSeconds, wallSeconds, termPeak, PeakRssMb(), appDb, durableDb, overview, cohortPage, health, erasure, served, healthFirst, healthAfterChange, programmeHealth);
    }

    /// <summary>The health page right after one ambassador's check-in changed (a late edit of their
    /// first month's answer): the median of several such reads, each after another person's change.</summary>
    private static async Task<double> AfterOneChangeAsync(HttpClient http, ICohortProgress progress, string cohortId, IReadOnlyList<AmbassadorProgress> journeys, CancellationToken ct)
    {
        var times = new List<double>();
        foreach (var ambassador in journeys.Take(9))
        {
            var first = ambassador.CheckIns.First(c => c.Month == 1);
            await progress.RecordCheckInAsync(cohortId, ambassador.EmployeeId, first with { Successes = $"{first.Successes} and a poster at the canteen" }, ct);
            times.Add(await FirstReadAsync(http, $"health/cohorts/{cohortId}", ct));
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    /// <summary>One GET, timed (including whatever code it runs for the first time); it must be 200.</summary>
    private static async Task<double> FirstReadAsync(HttpClient http, string path, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
        _ = await response.Content.ReadAsByteArrayAsync(ct);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK ? ms : throw new InvalidOperationException($"GET /{path}: {(int)response.StatusCode}");
    }

    /// <summary>Median of <see cref="LatencySamples"/> GETs after one warm-up; each must be 200.</summary>
    private static async Task<double> WarmLatencyAsync(HttpClient http, string path, CancellationToken ct)
    {
        var times = new List<double>();
        for (var i = 0; i <= LatencySamples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
            _ = await response.Content.ReadAsByteArrayAsync(ct);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET /{path}: {(int)response.StatusCode}");
            }

            if (i > 0)
            {
                times.Add(ms);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>HR's "erase this person now" (<c>POST /api/people/{id}/erasure</c>), timed end to end.</summary>
    private static async Task<double> EraseAsync(HttpClient http, string employeeId, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(new Uri($"api/people/{employeeId}/erasure", UriKind.Relative), content: null, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK
            ? ms
            : throw new InvalidOperationException($"Erasure of {employeeId}: {(int)response.StatusCode} {body}");
    }

    /// <summary>A SQLite database with its -wal and -shm files, in MB.</summary>
    private static double FilesMb(string folder, string database)
        => Directory.EnumerateFiles(folder, database + "*").Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;

    /// <summary>The process's peak resident set (VmHWM, Linux); the current working set elsewhere.</summary>
    private static double PeakRssMb()
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        if (line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is { } kb)
        {
            return double.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    private static void Log(int n, string line) => Console.WriteLine($"[N={n}] {line}");
}
