using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>An approval's details as the record the workflow wrote them with; null when they are missing or do not fit.</summary>
public static class Details
{
    public static T? Read<T>(string? json)
        where T : class
    {
        try
        {
            return WorkflowJson.Deserialize<T>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
