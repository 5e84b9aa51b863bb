using System.Security.Cryptography;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Api;

/// <summary>Starts a checked cohort request: the HR API and HR's form both come here, so a cohort
/// started from the browser is exactly one started with curl.</summary>
public static class CohortStarter
{
    public static async Task<CohortStartResult> StartAsync(
        CreateCohortRequest parsed,
        DateOnly today,
        DurableTaskClient client,
        IProgrammeCatalog catalog,
        PublicUrls urls,
        IApprovalHistory approvals,
        IWorkClaims? claims,
        CancellationToken cancellationToken,
        ICohortRegister? cohorts = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(approvals);
        if (await catalog.FindAsync(parsed.ProgrammeId, parsed.ProgrammeVersion, cancellationToken) is not { } programme)
        {
            var which = parsed.ProgrammeVersion is null ? $"'{parsed.ProgrammeId}'" : $"'{parsed.ProgrammeId}' version {parsed.ProgrammeVersion}";
            var known = await catalog.ListAsync(cancellationToken);
            return CohortStartResult.Failed(CohortStartFailure.UnknownProgramme, $"No programme {which}. Known: {string.Join(", ", known.Select(p => $"{p.Id} (v{string.Join(", v", p.Versions)})"))}.");
        }

        // The parser has checked an explicit deadline (after the start, at most 90 days out); without
        // one the programme's application window applies.
        var deadline = parsed.PostingDeadline ?? parsed.StartDate.AddDays(programme.Posting.ApplicationWindowDays);
        var cohortId = parsed.CohortId ?? $"{programme.Id}-{parsed.StartDate:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        var input = new CohortRequest(cohortId, programme.Id, parsed.HrOwner, parsed.Audience ?? CohortRequestParser.DefaultAudience, parsed.Nominees, programme.Version, parsed.PostingDeadline);
        // A future start date schedules the cohort; today starts it at once.
        var startAt = parsed.StartDate > today ? new DateTimeOffset(parsed.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        // Instances on one task hub may receive the same request at once: an id given by the caller is
        // claimed in the shared store first (a conditional write, one winner), so the check below and
        // the start are never run by two requests side by side. The claim covers the start only; after
        // it the instance itself (or its approvals) says the id is taken.
        if (parsed.CohortId is not null
            && claims is not null
            && !await claims.TryClaimAsync(StartClaimKey(cohortId), WorkClaimant.NewRequest(), StartClaimDuration, cancellationToken))
        {
            return CohortStartResult.Failed(CohortStartFailure.IdTaken, $"A cohort with id '{cohortId}' is being started by another request.");
        }

        if (await UsedBeforeAsync(cohortId, client, approvals, cancellationToken) is { } used)
        {
            return CohortStartResult.Failed(CohortStartFailure.IdTaken, $"The cohort id '{cohortId}' is taken ({used}). Choose another id, or leave it out to get a fresh one.");
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(CohortReadModel.CohortOrchestratorName, input, new StartOrchestrationOptions(cohortId, startAt), cancellationToken);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            // Started by a concurrent request between the check and here.
            return CohortStartResult.Failed(CohortStartFailure.IdTaken, $"A cohort with id '{cohortId}' is already running.");
        }

        // Listed at once (the cohort's first activity lists it too, for cohorts started any other way),
        // at the instance's creation time, which orders the list.
        if (cohorts is not null)
        {
            var created = (await client.GetInstanceAsync(cohortId, cancellation: cancellationToken))?.CreatedAt ?? DateTimeOffset.UtcNow;
            await cohorts.RecordCohortAsync(new CohortListing(cohortId, programme.Id, programme.Version, parsed.HrOwner, created), cancellationToken);
        }

        var status = urls.Absolute($"api/cohorts/{Uri.EscapeDataString(cohortId)}");
        return new CohortStartResult(new CohortAccepted(cohortId, programme.AgreementVersion, parsed.StartDate, deadline, status, urls.Absolute($"cohorts/{Uri.EscapeDataString(cohortId)}")), null, null);
    }

    /// <summary>How long a start's claim on its cohort id keeps other requests off it: far longer than a start takes.</summary>
    internal static readonly TimeSpan StartClaimDuration = TimeSpan.FromMinutes(2);

    /// <summary>The claim key of starting the cohort <paramref name="cohortId"/>.</summary>
    internal static string StartClaimKey(string cohortId) => $"cohort-start:{cohortId}";

    /// <summary>
    /// Why <paramref name="cohortId"/> cannot start a new cohort, or null. An id is used once: approval
    /// ids, links and email idempotency keys derive from it, so a second run under the same id
    /// would find the first run's decided approvals and already-sent emails. That holds for an
    /// instance in any state (Durable would replace a finished one) and for one purged since,
    /// whose approvals are still on record.
    /// </summary>
    private static async Task<string?> UsedBeforeAsync(string cohortId, DurableTaskClient client, IApprovalHistory approvals, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(cohortId, cancellation: cancellationToken) is { } existing)
        {
            return $"a cohort with this id is {existing.RuntimeStatus}";
        }

        var journeys = CohortReadModel.JourneyPrefix(cohortId);
        var records = await approvals.ListAllAsync(cohortId, 500, cancellationToken);
        return records.Any(a => a.InstanceId == cohortId || a.InstanceId.StartsWith(journeys, StringComparison.Ordinal))
            ? "an earlier cohort with this id left approvals on record"
            : null;
    }
}

public enum CohortStartFailure
{
    UnknownProgramme,
    IdTaken,
}

/// <summary>Either the accepted cohort, or why it did not start (nothing started then).</summary>
public sealed record CohortStartResult(CohortAccepted? Accepted, CohortStartFailure? Failure, string? Detail)
{
    public static CohortStartResult Failed(CohortStartFailure failure, string detail) => new(null, failure, detail);
}
