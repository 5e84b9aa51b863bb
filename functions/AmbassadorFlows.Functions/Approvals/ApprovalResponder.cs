using AmbassadorFlows.Durable;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// Applies one answer: records it exactly once in the approval store, then (only for the call
/// that recorded it) raises the step's event on its orchestration. Record first, so a crash
/// between the two leaves a recorded decision that ops can see and replay, never an event
/// without a decision; concurrent duplicates all get the one decision that stands.
/// </summary>
public sealed partial class ApprovalResponder
{
    private static readonly TimeSpan[] RaiseRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];
    private readonly IApprovalStore _store;
    private readonly DurableTaskClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<ApprovalResponder> _logger;

    public ApprovalResponder(IApprovalStore store, DurableTaskClient client, TimeProvider time, ILogger<ApprovalResponder> logger)
    {
        _store = store;
        _client = client;
        _time = time;
        _logger = logger;
    }

    public async Task<DecisionOutcome> RespondAsync(PendingApproval approval, ApprovalToken token, string decision, string? comment, string? dataJson, string? clientInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(token);
        var decidedBy = approval.AssigneeEmail;
        var outcome = await _store.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, decision, decidedBy, _time.GetUtcNow(), comment, dataJson), cancellationToken);
        if (!outcome.RecordedNow)
        {
            return outcome;
        }

        await _store.AppendAuditAsync(
            new AuditEntry(approval.InstanceId, outcome.Decision.DecidedAt, decidedBy, $"decided {approval.Kind}: {decision}", $"{approval.ApprovalId}; key {token.KeyId}; nonce {token.Nonce}; {clientInfo}"),
            CancellationToken.None);
        await RaiseAsync(approval, outcome.Decision);
        return outcome;
    }

    private async Task RaiseAsync(PendingApproval approval, ApprovalDecision decision)
    {
        var payload = HumanResponse.From(approval, decision);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // Not the request's token: once recorded, the event must go out even if the browser leaves.
                await _client.RaiseEventAsync(approval.InstanceId, approval.EventName, payload, CancellationToken.None);
                return;
            }
            catch (Exception ex) when (ex is OrchestrationNotFoundException or OrchestrationAlreadyCompletedException)
            {
                LogNotDelivered(_logger, approval.ApprovalId, approval.InstanceId, ex.Message);
                await _store.AppendAuditAsync(new AuditEntry(approval.InstanceId, _time.GetUtcNow(), "system", "decision not delivered", $"{approval.ApprovalId}: {ex.Message}"), CancellationToken.None);
                return;
            }
            catch (Exception ex) when (attempt < RaiseRetryDelays.Length)
            {
                LogRaiseRetry(_logger, ex, approval.ApprovalId, attempt + 1);
                await Task.Delay(RaiseRetryDelays[attempt], TimeProvider.System);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Decision on {ApprovalId} was recorded but not delivered to {InstanceId}: {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string approvalId, string instanceId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Raising the decision on {ApprovalId} failed (attempt {Attempt}); retrying.")]
    private static partial void LogRaiseRetry(ILogger logger, Exception exception, string approvalId, int attempt);
}
