namespace AmbassadorFlows.Durable.Hosting;

/// <summary>An orchestrator or activity name the worker's registry does not know.</summary>
internal sealed class MissingTaskException : Exception
{
    public MissingTaskException()
    {
    }

    public MissingTaskException(string message)
        : base(message)
    {
    }

    public MissingTaskException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
