using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Observability;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Operations;

/// <summary>
/// The daily ops digest, the same code in both modes (local: <see cref="OpsDigestService"/>; Azure: the
/// hourly <c>OpsDigest</c> timer function). Each run writes the requests-past-deadline signal the alert
/// rule watches; from <see cref="OpsOptions.DigestHour"/> (ops time zone) it sends yesterday's digest,
/// once: the day is claimed with a conditional insert first, so a second run, or a second instance,
/// finds it taken. A send that fails gives the day back for the next run.
/// An all-clear day is still mailed, briefly: silence would not tell "nothing wrong" from "digest broken".
/// </summary>
public sealed partial class OpsDigest(
    IOpsDigestStore store,
    IEmailSender sender,
    OpsDigestComposer composer,
    OpsOptions options,
    TimeProvider time,
    ILoggerFactory loggers)
{
    private const int MaxReasonLength = 300;
    private readonly ILogger _logger = loggers.CreateLogger<OpsDigest>();
    private readonly ILogger _signals = loggers.CreateLogger(OpsSignals.Category);

    public async Task<OpsDigestOutcome> RunAsync(DurableTaskClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = time.GetUtcNow();
        var (overdue, overdueTotal) = await store.ListOverdueAsync(now, Math.Max(1, options.MaxItems), cancellationToken).ConfigureAwait(false);
        if (overdueTotal > 0)
        {
            OpsSignals.RequestsPastDeadline(_signals, overdueTotal, overdue[0].Deadline);
        }

        if (!options.Enabled)
        {
            return OpsDigestOutcome.NotConfigured;
        }

        if (DueDay(now, options) is not { } day)
        {
            return OpsDigestOutcome.NotDue;
        }

        if (!await store.TryClaimDayAsync(day, now, cancellationToken).ConfigureAwait(false))
        {
            return OpsDigestOutcome.AlreadySent;
        }

        try
        {
            var (from, to) = Window(day, options);
            var (failed, failedTotal) = await ListFailedAsync(client, from, to, cancellationToken).ConfigureAwait(false);
            var (mail, mailTotal) = await store.ListMailFailuresAsync(from, to, Math.Max(1, options.MaxItems), cancellationToken).ConfigureAwait(false);
            var report = new OpsDigestReport(day, failed, failedTotal, overdue, overdueTotal, mail, mailTotal);
            var message = await composer.ComposeAsync(report, options).ConfigureAwait(false);
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
            LogSent(_logger, day, failedTotal, overdueTotal, mailTotal);
            return OpsDigestOutcome.Sent;
        }
        catch
        {
            await store.ReleaseDayAsync(day, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The day whose digest is due at <paramref name="now"/>: yesterday in the ops time zone,
    /// from the digest hour on; null before it.</summary>
    public static DateOnly? DueDay(DateTimeOffset now, OpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var local = TimeZoneInfo.ConvertTime(now, PageDates.Zone(options.TimeZone));
        return local.Hour >= Math.Clamp(options.DigestHour, 0, 23) ? DateOnly.FromDateTime(local.DateTime).AddDays(-1) : null;
    }

    /// <summary>The day from local midnight to local midnight, as instants.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(DateOnly day, OpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var zone = PageDates.Zone(options.TimeZone);
        DateTimeOffset Midnight(DateOnly d)
        {
            var local = d.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        return (Midnight(day), Midnight(day.AddDays(1)));
    }

    /// <summary>Orchestrations that ended Failed within the window: a status query (the failed ones
    /// only), then their last update time.</summary>
    private async Task<(IReadOnlyList<FailedOrchestration> Items, int Total)> ListFailedAsync(DurableTaskClient client, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var query = new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed], FetchInputsAndOutputs = true };
        var failed = new List<FailedOrchestration>();
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (instance.LastUpdatedAt >= from && instance.LastUpdatedAt < to)
            {
                failed.Add(new FailedOrchestration(instance.InstanceId, instance.Name, instance.LastUpdatedAt, Reason(instance.FailureDetails)));
            }
        }

        return ([.. failed.OrderBy(f => f.FailedAt).Take(Math.Max(1, options.MaxItems))], failed.Count);
    }

    /// <summary>The failure's type and message, without link tokens, cut to a line's length.</summary>
    private static string Reason(Microsoft.DurableTask.TaskFailureDetails? details)
    {
        if (details is null)
        {
            return "?";
        }

        var reason = LinkRedaction.Redact($"{details.ErrorType}: {details.ErrorMessage}".ReplaceLineEndings(" "));
        return reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength] + "…";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ops digest for {Day} sent: {Failed} failed orchestration(s), {Overdue} request(s) past their deadline, {Mail} delivery failure(s).")]
    private static partial void LogSent(ILogger logger, DateOnly day, int failed, int overdue, int mail);
}
