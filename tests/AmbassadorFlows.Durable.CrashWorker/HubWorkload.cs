using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Durable.CrashWorker;

/// <summary>
/// The shape of the app's work for the two-process test on one Azure Storage task hub: a cohort
/// starts journeys; each journey mails an invite, waits for its answer (an event from outside, as an
/// approval's decision is), and mails a confirmation. Mail is idempotent by a key the orchestration
/// makes, as the app's sent-mail log is.
/// </summary>
public static class HubWorkload
{
    public const int JourneysPerCohort = 3;

    public static void Register(DurableTaskRegistry registry) => registry
        .AddOrchestrator<HubCohort>()
        .AddOrchestrator<HubJourney>()
        .AddActivity<HubMail>();

    public static string JourneyId(string cohortId, int k) => $"{cohortId}-j{k.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The mail table of a hub (shared by the workers and the test).</summary>
    public static string MailTable(string hub) => hub + "Mail";
}

/// <summary>Starts <see cref="HubWorkload.JourneysPerCohort"/> journeys and joins their answers.</summary>
public sealed class HubCohort : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var journeys = Enumerable.Range(1, HubWorkload.JourneysPerCohort)
            .Select(k => context.CallSubOrchestratorAsync<string>(nameof(HubJourney), k, new SubOrchestrationOptions { InstanceId = HubWorkload.JourneyId(context.InstanceId, k) }));
        return string.Join(",", await Task.WhenAll(journeys));
    }
}

/// <summary>Invite, wait for the answer, confirm.</summary>
public sealed class HubJourney : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.CallActivityAsync(nameof(HubMail), $"{context.InstanceId}:invite");
        var answer = await context.WaitForExternalEvent<string>("answer");
        await context.CallActivityAsync(nameof(HubMail), $"{context.InstanceId}:confirm:{answer}");
        return answer;
    }
}

/// <summary>Records one mail under its key (insert-if-absent); a repeated run finds the row and
/// counts the attempt instead, as a retried send finds the sent-mail log's row.</summary>
public sealed class HubMail(TableClient mail) : TaskActivity<string, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = input.Replace(':', '|');
        try
        {
            await mail.AddEntityAsync(new TableEntity(key, string.Empty) { ["Worker"] = Environment.ProcessId }).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            await mail.AddEntityAsync(new TableEntity(key, "again-" + Guid.NewGuid().ToString("N"))).ConfigureAwait(false);
        }

        // The parent kills a worker right after such lines: mid-work.
        await Console.Out.WriteLineAsync("mail " + input).ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);
        return true;
    }
}
