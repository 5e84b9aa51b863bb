using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// Before the dry run's runtime goes away, reads what each linked request's page shows with the same
/// reader the real page uses (the journey's programme version and term, the person it is about, HR's
/// candidates), in the language the real page would pick for its reader, and what became of the
/// request in the run.
/// </summary>
internal sealed class DryRunPageCapture(IDirectory directory, IProgrammeCatalog catalog, SqliteApprovalStore approvals, ILoggerFactory loggers)
{
    private readonly RequestPageReader _reader = new(directory, catalog, loggers.CreateLogger<RequestPageReader>());

    public async Task<IReadOnlyList<DryRunPageSnapshot>> CaptureAsync(IReadOnlyList<string> approvalIds, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var pages = new List<DryRunPageSnapshot>();
        var names = new Dictionary<string, Employee?>(StringComparer.Ordinal);
        foreach (var id in approvalIds)
        {
            if (await approvals.GetAsync(id, cancellationToken) is not { } approval)
            {
                continue;
            }

            var reader = await EmployeeAsync(approval.AssigneeId, names, cancellationToken);
            var page = await _reader.ReadAsync(approval, ApprovalPageText.Find(reader?.PreferredLanguage) ?? ApprovalPageText.English, client, cancellationToken);
            var selection = approval.EventName == CohortEvents.SelectionDecision
                ? await SelectionDetails.ReadAsync(approval, directory, approvals, cancellationToken)
                : null;
            pages.Add(new DryRunPageSnapshot(approval, page.Language, page.Subject, page.TermStart, page.TermEnd, selection, await OutcomeAsync(approval, names, cancellationToken)));
        }

        return pages;
    }

    private async Task<DryRunOutcome> OutcomeAsync(PendingApproval approval, Dictionary<string, Employee?> names, CancellationToken cancellationToken)
    {
        if (approval.Decision is { } decision)
        {
            return new DryRunOutcome(DryRunOutcomeKind.Answered, decision.Decision, (await EmployeeAsync(approval.AssigneeId, names, cancellationToken))?.DisplayName ?? approval.AssigneeId, decision.DecidedAt);
        }

        const string AnsweredBy = "answered by ";
        return approval.ClosedReason switch
        {
            null => new DryRunOutcome(DryRunOutcomeKind.Open, null, null, null),
            "no answer in time" => new DryRunOutcome(DryRunOutcomeKind.TimedOut, null, null, approval.ExpiresAt),
            var reason when reason.StartsWith(AnsweredBy, StringComparison.Ordinal) && reason[AnsweredBy.Length..] is var who
                => new DryRunOutcome(DryRunOutcomeKind.AnsweredElsewhere, null, (await EmployeeAsync(who, names, cancellationToken))?.DisplayName ?? who, null),
            _ => new DryRunOutcome(DryRunOutcomeKind.Closed, null, null, null),
        };
    }

    private async Task<Employee?> EmployeeAsync(string id, Dictionary<string, Employee?> known, CancellationToken cancellationToken)
    {
        if (!known.TryGetValue(id, out var employee))
        {
            employee = known[id] = await directory.GetEmployeeAsync(id, cancellationToken);
        }

        return employee;
    }
}
