using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Privacy;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>Erasure and export of one person as HTTP functions (thin adapters over
/// <see cref="PrivacyEndpoints"/>, as in local mode), and the retention sweep as a timer function:
/// a Flex instance scaled to zero runs no background loop, so local mode's hosted service is a timer here.</summary>
public sealed partial class PrivacyFunctions(PersonalDataEraser eraser, AuditTrail audit, ILogger<PrivacyFunctions> logger)
{
    /// <summary>Nightly at 02:30 UTC: retention is counted in days.</summary>
    public const string SweepSchedule = "0 30 2 * * *";

    [RequireRoles(AppRoles.HR)]
    [Function("ErasePerson")]
    public Task<IResult> EraseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/people/{employeeId}/erasure")] HttpRequest request,
        string employeeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => PrivacyEndpoints.EraseAsync(employeeId, request, eraser, client, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ExportPerson")]
    public Task<IResult> ExportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/people/{employeeId}/data")] HttpRequest request,
        string employeeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => PrivacyEndpoints.ExportAsync(employeeId, request, eraser, audit, client, cancellationToken);

    [Function("ErasureSweep")]
    public async Task SweepAsync(
        [TimerTrigger(SweepSchedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var erased = await eraser.SweepAsync(client, cancellationToken);
        LogSwept(logger, erased);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure sweep: {Count} person(s) past retention erased.")]
    private static partial void LogSwept(ILogger logger, int count);
}
