namespace AmbassadorFlows.Tests.Shared;

/// <summary>A fact that records checked-in test data (replay fixtures, stored formats) from the code as
/// it is: it runs only when AMBASSADORFLOWS_RECORD_FIXTURES is set, and is skipped in every other run.</summary>
public sealed class RecordingFactAttribute : FactAttribute
{
    public const string Variable = "AMBASSADORFLOWS_RECORD_FIXTURES";

    public RecordingFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Records test data only when {Variable} is set.";
        }
    }
}
