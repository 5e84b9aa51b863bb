namespace AmbassadorFlows.Durable;

/// <summary>The name of an orchestrator or activity. Built implicitly from a string, so
/// <c>CallActivityAsync(nameof(SendEmail), …)</c> reads as in Durable Task .NET.</summary>
public readonly record struct TaskName(string Name)
{
    public static implicit operator TaskName(string name) => new(name);

    public static TaskName FromString(string name) => new(name);

    public override string ToString() => Name;
}
