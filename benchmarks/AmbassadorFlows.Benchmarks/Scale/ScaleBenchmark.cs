using System.Diagnostics;
using System.Globalization;

namespace AmbassadorFlows.Benchmarks.Scale;

/// <summary>
/// Usage: <c>scale [--sizes 200,2000]</c>. Each size runs in a process of its own
/// (<c>scale-worker N</c>), so its CPU time and peak RSS are not mixed with another size's; the
/// parent prints a table with the largest/smallest ratio of each figure and one
/// <c>scale: N=…</c> line per size.
/// </summary>
public static class ScaleBenchmark
{
    public const string WorkerCommand = "scale-worker";
    private static readonly int[] DefaultSizes = [200, 2000];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (Sizes(args) is not { } sizes)
        {
            Console.WriteLine("usage: scale [--sizes 200,2000]  (cohort sizes, each at least 1)");
            return 2;
        }

        Console.WriteLine($"scale benchmark: {Environment.ProcessorCount} cores, cohorts of {string.Join(", ", sizes)}, one process each");
        var figures = new List<ScaleFigures>();
        foreach (var n in sizes)
        {
            if (await RunWorkerAsync(n) is not { } measured)
            {
                Console.WriteLine($"N={n} did not finish; no figures for it.");
                return 1;
            }

            figures.Add(measured);
        }

        Console.WriteLine();
        PrintTable(figures);
        Console.WriteLine();
        foreach (var f in figures)
        {
            Console.WriteLine(f.ToSummary());
        }

        return 0;
    }

    /// <summary>One size in this process; prints the figures line for the parent.</summary>
    public static async Task<int> WorkerAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var n = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw new ArgumentException("scale-worker takes the cohort size.", nameof(args));
        var figures = await ScaleRun.RunAsync(n, CancellationToken.None);
        Console.WriteLine(figures.ToLine());
        return 0;
    }

    private static int[]? Sizes(string[] args)
    {
        var at = Array.IndexOf(args, "--sizes");
        if (at < 0)
        {
            return args.Length == 0 ? DefaultSizes : null;
        }

        if (at + 1 >= args.Length)
        {
            return null;
        }

        var sizes = args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : -1)
            .ToArray();
        return sizes.Length > 0 && sizes.All(s => s > 0) ? sizes : null;
    }

    private static async Task<ScaleFigures?> RunWorkerAsync(int n)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        }

        info.ArgumentList.Add(WorkerCommand);
        info.ArgumentList.Add(n.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(info) ?? throw new InvalidOperationException("The worker process did not start.");
        ScaleFigures? figures = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (ScaleFigures.FromLine(line) is { } found)
            {
                figures = found;
            }
            else
            {
                Console.WriteLine(line);
            }
        }

        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? figures : null;
    }

    private static void PrintTable(List<ScaleFigures> figures)
    {
        var first = figures[0];
        var last = figures[^1];
        var ratio = figures.Count > 1 ? $" {last.N}/{first.N} |" : string.Empty;
        Console.WriteLine("| figure |" + string.Concat(figures.Select(f => $" N={f.N} |")) + ratio);
        Console.WriteLine("|---|" + string.Concat(figures.Select(_ => "---|")) + (figures.Count > 1 ? "---|" : string.Empty));
        Row(figures, "term CPU s", f => f.CpuSeconds, "F1");
        Row(figures, "term wall s (shared cores)", f => f.WallSeconds, "F0");
        Row(figures, "peak RSS MB, term", f => f.TermPeakRssMb, "F0");
        Row(figures, "peak RSS MB, with pages and erasure", f => f.PeakRssMb, "F0");
        Row(figures, "app database MB", f => f.AppDbMb, "F1");
        Row(figures, "durable database MB", f => f.DurableDbMb, "F1");
        Row(figures, "overview page ms (warm median)", f => f.OverviewMs, "F1");
        Row(figures, "cohort page ms (warm median, first page of ambassadors)", f => f.CohortMs, "F1");
        Row(figures, "cohort's figures, first read after the term ms (computes; health or cohort page)", f => f.HealthFirstMs, "F1");
        Row(figures, "cohort health page ms (warm median)", f => f.HealthMs, "F1");
        Row(figures, "cohort health page ms, right after one ambassador's check-in changed (median)", f => f.HealthAfterChangeMs, "F1");
        Row(figures, "programme health page ms (warm median; its cohorts' kept sums)", f => f.ProgrammeHealthMs, "F1");
        Row(figures, "erasure of one person ms", f => f.ErasureMs, "F0");
    }

    private static void Row(List<ScaleFigures> figures, string name, Func<ScaleFigures, double> value, string format)
    {
        var cells = string.Concat(figures.Select(f => $" {value(f).ToString(format, CultureInfo.InvariantCulture)} |"));
        var ratio = figures.Count > 1 && value(figures[0]) > 0
            ? $" {(value(figures[^1]) / value(figures[0])).ToString("F2", CultureInfo.InvariantCulture)} |"
            : figures.Count > 1 ? " – |" : string.Empty;
        Console.WriteLine($"| {name} |{cells}{ratio}");
    }
}
