namespace AmbassadorFlows.Workflows.Programmes;

public sealed class ProgrammeNotFoundException : Exception
{
    public ProgrammeNotFoundException(string programmeId, int? version)
        : base(version is null ? $"No programme '{programmeId}' exists." : $"Programme '{programmeId}' has no version {version}.")
    {
        ProgrammeId = programmeId;
        Version = version;
    }

    public ProgrammeNotFoundException()
        : this(string.Empty, (int?)null)
    {
    }

    public ProgrammeNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        ProgrammeId = string.Empty;
    }

    public string ProgrammeId { get; }

    public int? Version { get; }
}
