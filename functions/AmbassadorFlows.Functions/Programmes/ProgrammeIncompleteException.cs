namespace AmbassadorFlows.Functions.Programmes;

/// <summary>A draft cannot be published while a text is missing in one of its languages (the form saves
/// such drafts, with a warning). A conflict with the draft's state, like a version published meanwhile.</summary>
public sealed class ProgrammeIncompleteException : InvalidOperationException
{
    public ProgrammeIncompleteException(string programmeId, IReadOnlyList<string> fields)
        : base($"Programme '{programmeId}' cannot be published yet: {string.Join(", ", fields)} not written in every language of the programme.")
    {
        Fields = fields;
    }

    public ProgrammeIncompleteException()
        : this(string.Empty, [])
    {
    }

    public ProgrammeIncompleteException(string message)
        : base(message)
    {
        Fields = [];
    }

    public ProgrammeIncompleteException(string message, Exception innerException)
        : base(message, innerException)
    {
        Fields = [];
    }

    public IReadOnlyList<string> Fields { get; }
}
