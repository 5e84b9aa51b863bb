using System.Globalization;
using System.Text.Json;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Journeys.Activities;

/// <summary>Stores a monthly check-in (attendance, hours, "I could not make time", successes, challenges, asks). The month
/// comes from the pending approval the form answered, not from the form. The form comes from a
/// person: whatever it holds, the check-in is stored (a retry would not make it better); fields
/// that cannot be read are left out, and the audit says which.</summary>
public sealed class RecordCheckIn : TaskActivity<CheckInSubmission, bool>
{
    private readonly ICohortProgress _progress;
    private readonly IApprovalStore _approvals;
    private readonly TimeProvider _time;

    public RecordCheckIn(ICohortProgress progress, IApprovalStore approvals, TimeProvider time)
    {
        _progress = progress;
        _approvals = approvals;
        _time = time;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, CheckInSubmission input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var approval = await _approvals.GetAsync(input.Response.ApprovalId, CancellationToken.None);
        var month = approval?.DetailsJson is { } details
            ? WorkflowJson.Deserialize<CheckInDetails>(details)?.Month ?? 0
            : 0;
        var (form, invalid) = ReadForm(input.Response.DataJson);
        await _progress.RecordCheckInAsync(input.CohortId, input.EmployeeId, new CheckInRecord(
            month, form.AttendedMeeting, form.HoursSpent, form.Successes, form.Challenges, form.Asks, input.Response.DecidedAt)
        {
            HoursInvalid = invalid.Contains(HoursField),
            NoTime = form.NoTime,
        }, CancellationToken.None);
        if (invalid.Count > 0)
        {
            await _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, _time.GetUtcNow(), "system", "check-in with invalid fields",
                $"{input.Response.ApprovalId}: {string.Join(", ", invalid)} recorded as invalid"), CancellationToken.None);
        }

        return true;
    }

    private const string HoursField = "hoursSpent";
    private const string NoTimeField = "noTime";

    /// <summary>The form, field by field: a field that is missing or cannot be read gets its empty
    /// value and, unless it was simply missing, is named in the list. Hours must be a finite number
    /// from 0 up (a string holding one is fine, in either decimal notation).</summary>
    public static (CheckInForm Form, IReadOnlyList<string> Invalid) ReadForm(string? dataJson)
    {
        var invalid = new List<string>();
        if (string.IsNullOrWhiteSpace(dataJson))
        {
            return (new CheckInForm(AttendedMeeting: false, HoursSpent: 0), invalid);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(dataJson);
        }
        catch (JsonException)
        {
            return (new CheckInForm(AttendedMeeting: false, HoursSpent: 0), ["form", HoursField]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (new CheckInForm(AttendedMeeting: false, HoursSpent: 0), ["form", HoursField]);
            }

            var root = document.RootElement;
            var attended = false;
            if (Field(root, "attendedMeeting") is { } attendedField)
            {
                if (attendedField.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    attended = attendedField.GetBoolean();
                }
                else if (!(attendedField.ValueKind == JsonValueKind.String && bool.TryParse(attendedField.GetString(), out attended)))
                {
                    invalid.Add("attendedMeeting");
                }
            }

            var noTime = false;
            if (Field(root, NoTimeField) is { } noTimeField)
            {
                if (noTimeField.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    noTime = noTimeField.GetBoolean();
                }
                else if (!(noTimeField.ValueKind == JsonValueKind.String && bool.TryParse(noTimeField.GetString(), out noTime)))
                {
                    invalid.Add(NoTimeField);
                }
            }

            var hours = 0d;
            if (Field(root, HoursField) is { } hoursField && !TryReadHours(hoursField, out hours))
            {
                hours = 0;
                invalid.Add(HoursField);
            }

            return (new CheckInForm(attended, hours, Text(root, "successes", invalid), Text(root, "challenges", invalid), Text(root, "asks", invalid)) { NoTime = noTime }, invalid);
        }
    }

    private static bool TryReadHours(JsonElement field, out double hours)
    {
        hours = 0;
        var read = field.ValueKind switch
        {
            JsonValueKind.Number => field.TryGetDouble(out hours),
            JsonValueKind.String => double.TryParse(field.GetString()?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out hours),
            _ => false,
        };
        return read && double.IsFinite(hours) && hours >= 0;
    }

    private static string? Text(JsonElement root, string name, List<string> invalid)
    {
        var field = Field(root, name);
        if (field is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        invalid.Add(name);
        return null;
    }

    /// <summary>Case-insensitive, like the serializer's web defaults; null for a missing or null field.</summary>
    private static JsonElement? Field(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }
}

public sealed record CheckInSubmission(string CohortId, string EmployeeId, HumanResponse Response);

/// <summary>The details of a check-in request: which month it is about.</summary>
public sealed record CheckInDetails(int Month, DateTime MeetingStart);
