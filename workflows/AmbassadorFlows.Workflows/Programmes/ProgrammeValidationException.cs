namespace AmbassadorFlows.Workflows.Programmes;

/// <summary>A programme file that cannot be used; <see cref="Errors"/> lists every problem.</summary>
public sealed class ProgrammeValidationException : Exception
{
    public ProgrammeValidationException(string source, IReadOnlyList<string> errors)
        : base($"Programme {source} is not valid:{Environment.NewLine} - {string.Join(Environment.NewLine + " - ", errors)}")
    {
        Source = source;
        Errors = errors;
    }

    public ProgrammeValidationException()
        : this("(unknown)", [])
    {
    }

    public ProgrammeValidationException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public ProgrammeValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
