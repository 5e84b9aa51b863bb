namespace AmbassadorFlows.Functions.Components.Ops;

/// <summary>The repair actions the instance page offers, as the last segment of the route they post to.</summary>
public static class InstanceAction
{
    public const string RaiseEvent = "raise-event";
    public const string Terminate = "terminate";
    public const string Suspend = "suspend";
    public const string Resume = "resume";
    public const string Purge = "purge";

    public static IReadOnlyList<string> All { get; } = [RaiseEvent, Terminate, Suspend, Resume, Purge];

    /// <summary>The form fields.</summary>
    public const string EventNameField = "eventName";
    public const string EventDataField = "eventData";
    public const string ReasonField = "reason";
    public const string ConfirmField = "confirm";
}

/// <summary>A repair form sent back to its sender: what was typed, kept, and the message for each field
/// that was wrong (by field name), in the reader's language.</summary>
public sealed record OpsForm(string Action, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors)
{
    public string? Value(string action, string field) => action == Action && Values.TryGetValue(field, out var v) ? v : null;

    public string? Error(string action, string field) => action == Action && Errors.TryGetValue(field, out var e) ? e : null;
}
