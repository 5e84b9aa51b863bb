using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// Gathers what a request page shows from what already exists: a journey's input holds the programme
/// version it runs and its term start; a cohort's input names its programme; names come from the
/// directory now (histories keep ids only). The page speaks the reader's language when the programme
/// has it, else the programme's first language, so frame and content never mix.
/// </summary>
public sealed partial class RequestPageReader(IDirectory directory, IProgrammeCatalog catalog, ILogger<RequestPageReader> logger)
{
    private const string JourneyMarker = ":journey:";

    public async Task<RequestPage> ReadAsync(PendingApproval approval, ApprovalPageText readerText, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(readerText);
        ArgumentNullException.ThrowIfNull(client);
        ProgrammeDefinition? programme = null;
        string? subjectId = null;
        DateTime? firstTermStart = null;
        IReadOnlyList<TermSchedule>? terms = null;
        try
        {
            var instance = await client.GetInstanceAsync(approval.InstanceId, getInputsAndOutputs: true, cancellationToken);
            if (instance is not null && approval.InstanceId.Contains(JourneyMarker, StringComparison.Ordinal))
            {
                var input = instance.ReadInputAs<JourneyInput>();
                (programme, subjectId, firstTermStart, terms) = (input?.Programme, input?.EmployeeId, input?.TermStart, input?.Terms);
            }
            else if (instance is not null && CohortReadModel.ReadRequest(instance) is { } cohort)
            {
                programme = await catalog.FindAsync(cohort.ProgrammeId, cohort.ProgrammeVersion, cancellationToken);
                subjectId = approval.EventName == CohortEvents.Application ? approval.AssigneeId : null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The page still lets the person answer without the programme's details.
            LogContextFailed(logger, ex, approval.ApprovalId);
        }

        var text = programme is null || programme.Languages.Contains(readerText.Language, StringComparer.OrdinalIgnoreCase)
            ? readerText
            : ApprovalPageText.Find(programme.Languages[0]) ?? readerText;
        var page = new RequestPage(approval, text)
        {
            Programme = programme,
            Subject = subjectId is null ? null : await directory.GetEmployeeAsync(subjectId, cancellationToken),
        };
        if (programme is not null && firstTermStart is { } start)
        {
            // Renewal requests are about the next term; every other step about the current one.
            var term = Term(approval.ApprovalId) + (approval.Kind == "renewal" ? 1 : 0);
            if (terms is not null && term >= 1 && term <= terms.Count)
            {
                // Version 3 cohorts pass their calendar's terms: the page names the days the emails name.
                page = page with { TermStart = Components.PageDates.Utc(terms[term - 1].Start), TermEnd = Components.PageDates.Utc(terms[term - 1].EndsAt) };
            }
            else
            {
                var termStart = start.AddMonths((term - 1) * programme.TermMonths);
                // People read a term's dates as its first and last day: the next term starts the day after.
                page = page with { TermStart = Components.PageDates.Utc(termStart), TermEnd = Components.PageDates.Utc(termStart.AddMonths(programme.TermMonths).AddDays(-1)) };
            }
        }

        return page;
    }

    /// <summary>The term in a journey's approval id ("…:renewal-wish:t2"), 1 when it names none.</summary>
    private static int Term(string approvalId)
    {
        var colon = approvalId.LastIndexOf(':');
        return colon >= 0 && approvalId.Length > colon + 2 && approvalId[colon + 1] == 't' && int.TryParse(approvalId.AsSpan(colon + 2), out var term) ? term : 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The details of approval {ApprovalId}'s request could not be read; the page shows the question without them")]
    private static partial void LogContextFailed(ILogger logger, Exception exception, string approvalId);
}
