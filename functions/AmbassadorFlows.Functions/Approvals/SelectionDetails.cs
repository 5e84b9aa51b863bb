using System.Text.Json.Nodes;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// Names the candidates of HR's selection request when the page is shown. The request's details
/// come from the cohort's history, which keeps only employee ids (it outlives each person's
/// retention), so name, department, level and region are read from the directory now; nothing of
/// them is stored. A candidate the directory no longer knows stays an id.
/// </summary>
public static class SelectionDetails
{
    public static async Task<PendingApproval> WithNamesAsync(PendingApproval approval, IDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(directory);
        if (approval.EventName != "SelectionDecision" || string.IsNullOrWhiteSpace(approval.DetailsJson))
        {
            return approval;
        }

        JsonNode? details;
        try
        {
            details = JsonNode.Parse(approval.DetailsJson);
        }
        catch (System.Text.Json.JsonException)
        {
            return approval; // shown as text by the page, as any unreadable details
        }

        if (details?["candidates"] is not JsonArray candidates)
        {
            return approval;
        }

        foreach (var candidate in candidates.OfType<JsonObject>())
        {
            if (candidate["employeeId"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && await directory.GetEmployeeAsync(candidate["employeeId"]!.GetValue<string>(), cancellationToken) is { } employee)
            {
                // Name first: the page lists the fields in this order.
                var rest = candidate.ToDictionary(p => p.Key, p => p.Value?.DeepClone());
                candidate.Clear();
                candidate["name"] = employee.DisplayName;
                candidate["department"] = employee.Department;
                candidate["level"] = employee.Level;
                candidate["region"] = employee.Region;
                foreach (var (key, value) in rest)
                {
                    candidate[key] = value;
                }
            }
        }

        return approval with { DetailsJson = details.ToJsonString() };
    }
}
