using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Audit;

/// <summary>Audits what people do through the app, next to what the workflows audit themselves
/// (decisions, requests, steps): reads of personal answers by HR, terminate and purge. The actor is
/// the signed-in caller (Entra object id and UPN in Azure, the key's name locally).</summary>
public sealed class AuditTrail(IApprovalStore store, TimeProvider time)
{
    public const string PersonalDataRead = AuditActions.PersonalDataRead;

    /// <summary>Records that the caller of <paramref name="context"/> read personal data of <paramref name="instanceId"/>.</summary>
    public Task PersonalDataReadAsync(HttpContext context, string instanceId, string what, CancellationToken cancellationToken)
        => RecordAsync(Actor(context), instanceId, PersonalDataRead, what, cancellationToken);

    public Task RecordAsync(string actor, string instanceId, string action, string? details, CancellationToken cancellationToken)
        => store.AppendAuditAsync(new AuditEntry(instanceId, time.GetUtcNow(), actor, action, details), cancellationToken);

    /// <summary>Who, as the audit names them: id and name of the signed-in caller.</summary>
    public static string Actor(HttpContext context)
        => Caller.Of(context) is { } caller ? (caller.Id == caller.Name ? caller.Id : $"{caller.Name} ({caller.Id})") : "anonymous";
}
