using System.IO.Compression;
using System.Text.Json.Nodes;
using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Workflows;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask.Worker;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>
/// What <c>dotnet publish</c> gives the Functions host: the standard .NET isolated layout, every
/// orchestrator, activity and HTTP function in functions.metadata with the triggers and bindings the
/// host needs, the Durable extension in extensions.json, and nothing of the custom handler.
/// </summary>
[Collection(PublishedAppCollection.Name)]
public sealed class PublishOutputTests(PublishedApp app)
{
    /// <summary>Route, methods, auth level and whether the function takes a [DurableClient], per public HTTP operation.</summary>
    public static TheoryData<string, string, string, string, bool> HttpFunctions => new()
    {
        { "CreateCohort", "api/cohorts", "post", "Anonymous", true },
        { "ListCohorts", "api/cohorts", "get", "Anonymous", true },
        { "GetCohort", "api/cohorts/{id}", "get", "Anonymous", true },
        { "ClosePosting", "api/cohorts/{id}/close-posting", "post", "Anonymous", true },
        { "ChangeMeeting", "api/cohorts/{id}/meetings/{month}", "post", "Anonymous", true },
        { "ChangeHrOwner", "api/cohorts/{id}/hr-owner", "post", "Anonymous", true },
        { "OpenApiDocument", "openapi/v1.json", "get", "Anonymous", false },
        { "ListAudit", "api/audit", "get", "Anonymous", false },
        { "ExportAudit", "api/audit.csv", "get", "Anonymous", false },
        { "ErasePerson", "api/people/{employeeId}/erasure", "post", "Anonymous", true },
        { "ExportPerson", "api/people/{employeeId}/data", "get", "Anonymous", true },
        { "ListProgrammes", "api/programmes", "get", "Anonymous", false },
        { "GetProgramme", "api/programmes/{id}", "get", "Anonymous", false },
        { "GetProgrammeVersion", "api/programmes/{id}/versions/{version:int}", "get", "Anonymous", false },
        { "GetProgrammeDraft", "api/programmes/{id}/draft", "get", "Anonymous", false },
        { "SaveProgrammeDraft", "api/programmes/{id}/draft", "put", "Anonymous", false },
        { "PublishProgramme", "api/programmes/{id}/publish", "post", "Anonymous", false },
        { "DiffProgramme", "api/programmes/{id}/diff", "get", "Anonymous", false },
        { "ProgrammesPage", "programmes", "get", "Anonymous", false },
        { "ProgrammePage", "programmes/{id}", "get", "Anonymous", false },
        { "ProgrammeDraftForm", "programmes/{id}/draft", "post", "Anonymous", false },
        { "ProgrammePublishForm", "programmes/{id}/publish", "post", "Anonymous", false },
        { "ProgrammeEditPage", "programmes/{id}/edit", "get", "Anonymous", false },
        { "ProgrammeEditForm", "programmes/{id}/edit", "post", "Anonymous", false },
        { "ApprovalPage", "api/approvals/{token}", "get", "Anonymous", true },
        { "SiteStylesheet", "assets/site.css", "get", "Anonymous", false },
        { "SiteFavicon", "assets/favicon.svg", "get", "Anonymous", false },
        { "ApprovalDecision", "api/approvals/{token}", "post", "Anonymous", true },
        { "PersonalPage", "me/{token}", "get", "Anonymous", true },
        { "PersonalMeeting", "me/{token}/meeting.ics", "get", "Anonymous", true },
        { "PersonalRequests", "me/{token}/requests", "post", "Anonymous", true },
        { "PersonalStepDown", "me/{token}/step-down", "post", "Anonymous", true },
        { "PersonalIdeas", "me/{token}/ideas", "post", "Anonymous", true },
        { "Dashboard", "{root:maxlength(0)?}", "get", "Anonymous", true },
        { "DashboardCohort", "cohorts/{id}", "get", "Anonymous", true },
        { "DashboardCohortAuditCsv", "cohorts/{id}/audit.csv", "get", "Anonymous", true },
        { "DashboardCohortRosterCsv", "cohorts/{id}/roster.csv", "get", "Anonymous", true },
        { "DashboardInstances", "instances", "get", "Anonymous", true },
        { "DashboardInstance", "instances/{instanceId}", "get", "Anonymous", true },
        { "DashboardInstanceAction", "instances/{instanceId}/{action}", "post", "Anonymous", true },
        { "DashboardOutbox", "outbox", "get", "Anonymous", false },
        { "DashboardOutboxMessage", "outbox/{id:long}", "get", "Anonymous", false },
        { "DashboardOutboxBody", "outbox/{id:long}/body", "get", "Anonymous", false },
        { "DashboardDryRunForm", "dry-run", "get", "Anonymous", false },
        { "DashboardDryRun", "dry-run", "post", "Anonymous", false },
        { "DashboardDryRunResult", "dry-run/{id}", "get", "Anonymous", false },
        { "DashboardDryRunPreview", "dry-run/{id}/requests/{approvalId}", "get", "Anonymous", false },
        { "DashboardDryRunOpen", "dry-run/{id}/open/{approvalId}", "get", "Anonymous", false },
        { "DashboardNewCohortForm", "cohorts/new", "get", "Anonymous", false },
        { "DashboardNewCohort", "cohorts/new", "post", "Anonymous", true },
        { "PeopleSearch", "people", "get", "Anonymous", false },
        { "PersonPage", "people/{employeeId}", "get", "Anonymous", true },
        { "PersonLeftCompany", "people/{employeeId}/left-company", "post", "Anonymous", true },
        { "PersonErasure", "people/{employeeId}/erasure", "post", "Anonymous", true },
        { "PersonPersonalLink", "people/{employeeId}/personal-link", "post", "Anonymous", true },
        { "PersonManagerChanged", "people/{employeeId}/manager-changed", "post", "Anonymous", true },
        { "HandOverPage", "requests/{approvalId}/hand-over", "get", "Anonymous", false },
        { "HandOver", "requests/{approvalId}/hand-over", "post", "Anonymous", false },
        { "ReminderPage", "requests/{approvalId}/remind", "get", "Anonymous", true },
        { "Remind", "requests/{approvalId}/remind", "post", "Anonymous", true },
        { "DashboardClosePosting", "cohorts/{id}/close-posting", "post", "Anonymous", true },
        { "DashboardMeetingChangePage", "cohorts/{id}/meetings/{month}", "get", "Anonymous", true },
        { "DashboardMeetingChange", "cohorts/{id}/meetings/{month}", "post", "Anonymous", true },
        { "DashboardHrOwnerPage", "cohorts/{id}/hr-owner", "get", "Anonymous", true },
        { "DashboardHrOwnerChange", "cohorts/{id}/hr-owner", "post", "Anonymous", true },
        { "HealthCohortCsv", "health/cohorts/{id}.csv", "get", "Anonymous", true },
        { "HealthCohortPage", "health/cohorts/{id}", "get", "Anonymous", true },
        { "HealthProgrammeCsv", "health/programmes/{programmeId}.csv", "get", "Anonymous", true },
        { "HealthProgrammePage", "health/programmes/{programmeId}", "get", "Anonymous", true },
    };

    [Fact]
    public void Publish_Folder_HasTheStandardIsolatedLayout()
    {
        foreach (var file in new[] { "functions.metadata", "worker.config.json", "extensions.json", "host.json", "AmbassadorFlows.Functions.dll", "AmbassadorFlows.Functions.deps.json", "AmbassadorFlows.Functions.runtimeconfig.json" })
        {
            Assert.True(File.Exists(Path.Combine(app.Folder, file)), $"{file} is not in the published folder.");
        }

        Assert.True(File.Exists(Path.Combine(app.Folder, ".azurefunctions", "Microsoft.Azure.WebJobs.Extensions.DurableTask.dll")));
        // -warnaserror would have failed the publish; this names a warning that slipped through anyway.
        Assert.DoesNotMatch(@": warning [A-Z]+\d+", app.Output);
    }

    [Fact]
    public void FunctionsMetadata_EveryOrchestrator_HasAnOrchestrationTrigger()
    {
        foreach (var orchestrator in AmbassadorWorkflows.Orchestrators)
        {
            var function = app.Function(orchestrator.Name);
            Assert.Equal("dotnet-isolated", (string?)function["language"]);
            Assert.Equal("AmbassadorFlows.Functions.dll", (string?)function["scriptFile"]);
            Assert.Equal("orchestrationTrigger", (string?)Assert.Single(PublishedApp.Bindings(function))["type"]);
        }
    }

    [Fact]
    public void FunctionsMetadata_EveryActivity_HasAnActivityTrigger()
    {
        foreach (var activity in AmbassadorWorkflows.Activities)
        {
            var trigger = Assert.Single(PublishedApp.Bindings(app.Function(activity.Name)));
            Assert.Equal("activityTrigger", (string?)trigger["type"]);
            Assert.Equal("In", (string?)trigger["direction"], ignoreCase: true);
        }
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void FunctionsMetadata_HttpFunction_HasRouteMethodsAuthLevelAndClient(string name, string route, string method, string authLevel, bool durableClient)
    {
        var function = app.Function(name);
        var bindings = PublishedApp.Bindings(function).ToList();

        var trigger = Assert.Single(bindings, b => (string?)b["type"] == "httpTrigger");
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(authLevel, (string?)trigger["authLevel"], ignoreCase: true);
        Assert.Single(bindings, b => (string?)b["type"] == "http" && (string?)b["direction"] is { } d && d.Equals("Out", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(durableClient, bindings.Any(b => (string?)b["type"] == "durableClient"));
    }

    [Fact]
    public void FunctionsMetadata_HttpFunctions_AreExactlyThePublicOperations()
    {
        var published = app.Functions.OfType<JsonObject>()
            .Where(f => PublishedApp.Bindings(f).Any(b => (string?)b["type"] == "httpTrigger"))
            .Select(f => (string)f["name"]!)
            .Order(StringComparer.Ordinal);

        // Nothing under the host's own prefixes: the Durable management API is the host's in Azure.
        Assert.Equal(HttpFunctions.Select(row => (string)row[0]).Order(StringComparer.Ordinal), published);
        Assert.DoesNotContain(app.Functions.OfType<JsonObject>().SelectMany(PublishedApp.Bindings), b => ((string?)b["route"])?.StartsWith("runtime/", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void FunctionsMetadata_DecisionRedelivery_IsATimerWithADurableClient()
    {
        var bindings = PublishedApp.Bindings(app.Function("DecisionRedelivery")).ToList();

        Assert.Equal("0 * * * * *", (string?)Assert.Single(bindings, b => (string?)b["type"] == "timerTrigger")["schedule"]);
        Assert.Single(bindings, b => (string?)b["type"] == "durableClient");
    }

    [Fact]
    public void FunctionsMetadata_ErasureSweep_IsANightlyTimerWithADurableClient()
    {
        var bindings = PublishedApp.Bindings(app.Function("ErasureSweep")).ToList();

        Assert.Equal("0 30 2 * * *", (string?)Assert.Single(bindings, b => (string?)b["type"] == "timerTrigger")["schedule"]);
        Assert.Single(bindings, b => (string?)b["type"] == "durableClient");
    }

    [Fact]
    public void FunctionsMetadata_ManagerChangeSweep_IsADailyTimerWithADurableClient()
    {
        var bindings = PublishedApp.Bindings(app.Function("ManagerChangeSweep")).ToList();

        Assert.Equal("0 40 5 * * *", (string?)Assert.Single(bindings, b => (string?)b["type"] == "timerTrigger")["schedule"]);
        Assert.Single(bindings, b => (string?)b["type"] == "durableClient");
    }

    [Fact]
    public void WorkerConfig_Language_IsDotnetIsolatedRunningTheAppAssembly()
    {
        var description = app.ReadJson("worker.config.json")["description"]!;

        Assert.Equal("dotnet-isolated", (string?)description["language"]);
        Assert.Equal("dotnet", (string?)description["defaultExecutablePath"]);
        Assert.Equal("AmbassadorFlows.Functions.dll", (string?)description["defaultWorkerPath"]);
    }

    [Fact]
    public void ExtensionsJson_DurableExtension_IsLoadedFromTheFolder()
    {
        var durable = app.ReadJson("extensions.json")["extensions"]!.AsArray().OfType<JsonObject>()
            .Single(e => (string?)e["name"] == "DurableTask");

        Assert.StartsWith("Microsoft.Azure.WebJobs.Extensions.DurableTask.DurableTaskWebJobsStartup, Microsoft.Azure.WebJobs.Extensions.DurableTask", (string?)durable["typeName"], StringComparison.Ordinal);
        var hint = ((string?)durable["hintPath"])!;
        Assert.True(File.Exists(Path.Combine(app.Folder, hint)), $"{hint} is not in the published folder.");
    }

    [Fact]
    public void HostJson_Published_IsAnIsolatedHostJsonWithTheDurableHub()
    {
        var host = app.ReadJson("host.json").AsObject();

        Assert.Equal("2.0", (string?)host["version"]);
        Assert.False(host.ContainsKey("customHandler"));
        Assert.False(host.ContainsKey("extensionBundle"), "The worker brings its extensions (extensions.json); a bundle would load a second Durable extension.");
        Assert.Equal("%TASKHUB_NAME%", (string?)host["extensions"]!["durableTask"]!["hubName"]);
        Assert.Equal("AzureStorage", (string?)host["extensions"]!["durableTask"]!["storageProvider"]!["type"]);
    }

    [Fact]
    public void HostJson_Published_StartsNewInstancesOnTheCurrentOrchestrationVersion()
    {
        // What the Durable extension applies in Azure must be what local mode applies (OrchestrationVersions).
        var durable = app.ReadJson("host.json")["extensions"]!["durableTask"]!;

        Assert.Equal(OrchestrationVersions.Current, (string?)durable["defaultVersion"]);
        Assert.Equal(nameof(DurableTaskWorkerOptions.VersionMatchStrategy.CurrentOrOlder), (string?)durable["versionMatchStrategy"]);
        Assert.Equal(nameof(DurableTaskWorkerOptions.VersionFailureStrategy.Reject), (string?)durable["versionFailureStrategy"]);
        var local = OrchestrationVersioning.For(OrchestrationVersions.Current);
        Assert.Equal((OrchestrationVersions.Current, DurableTaskWorkerOptions.VersionMatchStrategy.CurrentOrOlder, DurableTaskWorkerOptions.VersionFailureStrategy.Reject),
            (local.DefaultVersion, local.MatchStrategy, local.FailureStrategy));
    }

    [Fact]
    public void Publish_CustomHandlerLeftovers_AreGone()
    {
        // The custom handler had one folder per function with a function.json, and a native executable.
        Assert.Empty(Directory.GetFiles(app.Folder, "function.json", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(app.Folder, "AmbassadorFlows.Functions")), "No app host executable: the platform runs `dotnet AmbassadorFlows.Functions.dll`.");
        Assert.DoesNotContain("customHandler", File.ReadAllText(Path.Combine(app.Folder, "host.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_Zip_HoldsTheFolderIncludingTheHiddenExtensionsFolder()
    {
        using var zip = ZipFile.OpenRead(app.Zip);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("functions.metadata", entries);
        Assert.Contains("host.json", entries);
        Assert.Contains("AmbassadorFlows.Functions.dll", entries);
        Assert.Contains(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.DurableTask.dll", entries);
        Assert.Equal(Directory.GetFiles(app.Folder, "*", SearchOption.AllDirectories).Length, zip.Entries.Count(e => e.Length > 0 || !e.FullName.EndsWith('/')));
    }
}
