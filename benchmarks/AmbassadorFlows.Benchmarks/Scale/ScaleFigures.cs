using System.Globalization;
using System.Text.Json;

namespace AmbassadorFlows.Benchmarks.Scale;

/// <summary>What one cohort size measured. A worker process prints it as one JSON line after
/// <see cref="Marker"/>; the parent reads it back.</summary>
public sealed record ScaleFigures(
    int N,
    double CpuSeconds,
    double WallSeconds,
    double TermPeakRssMb,
    double PeakRssMb,
    double AppDbMb,
    double DurableDbMb,
    double OverviewMs,
    double CohortMs,
    double HealthMs,
    double ErasureMs,
    int Served,
    double HealthFirstMs = 0,
    double HealthAfterChangeMs = 0,
    double ProgrammeHealthMs = 0)
{
    public const string Marker = "scale-figures ";

    public string ToLine() => Marker + JsonSerializer.Serialize(this);

    public static ScaleFigures? FromLine(string line)
        => line.StartsWith(Marker, StringComparison.Ordinal) ? JsonSerializer.Deserialize<ScaleFigures>(line[Marker.Length..]) : null;

    /// <summary>The summary line, in the form the scale issue asks for.</summary>
    public string ToSummary()
        => string.Create(CultureInfo.InvariantCulture, $"scale: N={N} cpu_s={CpuSeconds:F1} peak_rss_mb={PeakRssMb:F0} app_db_mb={AppDbMb:F1} durable_db_mb={DurableDbMb:F1} health_ms={HealthMs:F1} overview_ms={OverviewMs:F1} erasure_ms={ErasureMs:F0}");
}
