using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Approvals;

public enum LookupState
{
    /// <summary>Open and waiting for this person.</summary>
    Open,

    /// <summary>Malformed, tampered, or signed by an unknown key.</summary>
    Invalid,

    Expired,

    /// <summary>The signature holds but no such approval exists (purged, or another install's link).</summary>
    NotFound,

    /// <summary>Closed without an answer (timed out, superseded).</summary>
    Closed,

    /// <summary>Open in the store, but the orchestration it belongs to has ended (terminated,
    /// completed or failed), possibly without any of our code running (Ops through the host's API).</summary>
    Ended,

    Decided,

    /// <summary>HR handed the request to someone else after this link was sent: the link is the
    /// earlier assignee's and no longer answers it.</summary>
    HandedOver,
}

/// <summary>What a token leads to, checked in full: signature, expiry, the approval it names, and
/// that the approval still belongs to the same person and step.</summary>
public sealed record ApprovalLookup(LookupState State, ApprovalToken? Token, PendingApproval? Approval)
{
    /// <summary>For <see cref="LookupState.Ended"/>: the round ran to its end (completed) rather than
    /// being stopped (terminated, failed or purged), so the page can say which.</summary>
    public bool RoundFinished { get; init; }
}

/// <summary>Resolves tokens against the approval store.</summary>
public sealed class ApprovalResolver
{
    private readonly ApprovalTokenService _tokens;
    private readonly IApprovalStore _store;
    private readonly TimeProvider _time;
    private readonly Storage.IApprovalAssignment? _assignment;

    /// <param name="assignment">When the store offers it, the request's row says whom its last
    /// hand-over took it from, which holds from the moment it changes hands (the audit line follows).</param>
    public ApprovalResolver(ApprovalTokenService tokens, IApprovalStore store, TimeProvider time, Storage.IApprovalAssignment? assignment = null)
    {
        _tokens = tokens;
        _store = store;
        _time = time;
        _assignment = assignment;
    }

    public async Task<ApprovalLookup> ResolveAsync(string? token, CancellationToken cancellationToken)
    {
        switch (_tokens.Validate(token, out var parsed))
        {
            case TokenValidation.Invalid or TokenValidation.UnknownKey:
                return new(LookupState.Invalid, null, null);
            case TokenValidation.Expired:
                return new(LookupState.Expired, parsed, null);
        }

        var approval = await _store.GetAsync(parsed!.ApprovalId, cancellationToken);
        if (approval is null)
        {
            return new(LookupState.NotFound, parsed, null);
        }

        // Bound to one person and one step: a valid signature for another step is refused.
        if (!string.Equals(approval.EventName, parsed.EventName, StringComparison.Ordinal))
        {
            return new(LookupState.Invalid, null, null);
        }

        // Issued to someone it no longer waits for: handed over (whatever happened to it since, that is
        // what this person needs to hear) when the audit shows it was taken from them; else refused.
        if (!string.Equals(approval.AssigneeId, parsed.AssigneeId, StringComparison.Ordinal))
        {
            return await WasHandedOverFromAsync(approval, parsed.AssigneeId, cancellationToken)
                ? new(LookupState.HandedOver, parsed, approval)
                : new(LookupState.Invalid, null, null);
        }

        if (approval.Decision is not null)
        {
            return new(LookupState.Decided, parsed, approval);
        }

        if (approval.ClosedReason is not null)
        {
            return new(LookupState.Closed, parsed, approval);
        }

        return approval.ExpiresAt <= _time.GetUtcNow()
            ? new(LookupState.Expired, parsed, approval)
            : new(LookupState.Open, parsed, approval);
    }

    /// <summary>Only for a link whose person no longer holds the request: the row's last earlier holder
    /// first (written with the hand-over itself), then one read of the instance's audit (indexed by
    /// instance) for earlier hand-overs of a chain and rows handed over before the row kept it.</summary>
    private async Task<bool> WasHandedOverFromAsync(PendingApproval approval, string assigneeId, CancellationToken cancellationToken)
    {
        if (_assignment is not null && await _assignment.WasHandedFromAsync(approval.ApprovalId, assigneeId, cancellationToken))
        {
            return true;
        }

        var taken = $"{approval.ApprovalId} from {assigneeId} to ";
        return (await _store.GetAuditAsync(approval.InstanceId, cancellationToken))
            .Any(e => e.Action is Reassignment.RequestHandOver.HandedOverAction or Reassignment.RequestHandOver.ManagerChangedAction
                && (e.Details ?? string.Empty).StartsWith(taken, StringComparison.Ordinal));
    }
}
