namespace AmbassadorFlows.Functions.Privacy;

/// <summary>The <c>AmbassadorFlows:Erasure</c> settings of local mode (Azure runs the sweep on a timer schedule).</summary>
public sealed class ErasureOptions
{
    /// <summary>How often local mode looks for people past their retention (real time).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
