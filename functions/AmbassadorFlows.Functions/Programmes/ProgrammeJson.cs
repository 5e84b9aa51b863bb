using System.Text.Encodings.Web;
using System.Text.Json;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>A programme as HR reads and edits it in the advanced view: indented, and with its letters
/// and apostrophes as written ("mobilité", "Collega's"), not as \u escapes. Only ever shown through
/// Razor, which encodes it for HTML; the API keeps the serializer's default, safe anywhere.</summary>
public static class ProgrammeJson
{
    private static readonly JsonSerializerOptions Readable = new(WorkflowJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ProgrammeDefinition programme) => JsonSerializer.Serialize(programme, Readable);
}
