using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>
/// The real app (AmbassadorFlowsApp.Build, as Program.cs runs it) on Kestrel at a free 127.0.0.1
/// port, with its own data folder and a fake clock the test moves, so a posting deadline passes in
/// an instant: the local runtime's backend wakes when the fake clock passes a timer's time. State is
/// read through the app's own services (the Durable client, the stores, the runtime's driver).
/// </summary>
public sealed class AppHost : IAsyncLifetime
{
    public const string ManagementKey = "test-management-key";
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "af-tests", Guid.NewGuid().ToString("N"));
    private readonly string[] _extraArgs;
    private readonly Action<WebApplicationBuilder>? _configure;
    private readonly bool _fakeClock;
    private readonly string? _accessKey;
    private WebApplication? _app;

    public AppHost()
        : this([], null)
    {
    }

    /// <summary>A host with more settings (later ones win) and services changed after the app's own.</summary>
    /// <param name="fakeClock">False: real time, for backends that cannot run on a fake clock (Azure Storage).</param>
    /// <param name="accessKey">Sent by <see cref="NewClient"/> as a bearer key, for hosts configured with access keys.</param>
    internal AppHost(string[] extraArgs, Action<WebApplicationBuilder>? configure, bool fakeClock = true, string? accessKey = null)
    {
        _extraArgs = extraArgs;
        _configure = configure;
        _fakeClock = fakeClock;
        _accessKey = accessKey;
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public string DataPath => _dataPath;

    public SqliteOutbox Outbox => Services.GetRequiredService<SqliteOutbox>();

    public SqliteApprovalStore Approvals => Services.GetRequiredService<SqliteApprovalStore>();

    public DurableTaskClient Client => Services.GetRequiredService<DurableTaskClient>();

    /// <summary>The local runtime's driver: runs what is due now, or moves the fake clock to the next timer.</summary>
    public LocalRuntimeDriver Driver => Services.GetRequiredService<LocalRuntimeDriver>();

    public async Task InitializeAsync()
    {
        _app = AmbassadorFlowsApp.Build(
            [
                "--urls=http://127.0.0.1:0",
                $"--AmbassadorFlows:DataPath={_dataPath}",
                $"--AmbassadorFlows:ManagementKey={ManagementKey}",
                "--Logging:LogLevel:Default=Warning",
                .. _extraArgs,
            ],
            builder =>
            {
                if (_fakeClock)
                {
                    builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
                }

                _configure?.Invoke(builder);
            });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First().TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a pooled handle; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>A client with its own cookie jar, as one person's browser.</summary>
    public HttpClient NewClient(bool followRedirects = true)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects, MaxConnectionsPerServer = 64 }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (_accessKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", _accessKey);
        }

        return client;
    }

    public async Task<string> CreateCohortAsync(string[] nominees, string hrOwner = "E002", string audience = "Legal", string programmeId = "mobility-ambassadors")
    {
        using var client = NewClient();
        using var response = await client.PostAsJsonAsync("api/cohorts", new { programmeId, hrOwner, audience, nominees });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Waits (bounded) until the runtime's background workers have produced something.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, int seconds = 60)
        where T : class
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    public Task<OutboxMessage> WaitForEmailAsync(string toEmployeeId, string template)
        => EventuallyAsync(
            async () =>
            {
                var employee = await Services.GetRequiredService<IDirectory>().GetEmployeeAsync(toEmployeeId);
                var mails = await Outbox.ListAsync(1000, employee!.Email);
                return mails.FirstOrDefault(m => m.Message.Template == template);
            },
            $"a {template} email to {toEmployeeId}");

    public static string LinkIn(OutboxMessage message)
        => DashboardPages.Links(message.Message.HtmlBody).Single(l => l.Contains("/api/approvals/", StringComparison.Ordinal));

    /// <summary>Opens a link as its recipient would and presses <paramref name="decision"/>.</summary>
    public async Task<HttpResponseMessage> AnswerAsync(string link, string decision, IDictionary<string, string>? fields = null)
    {
        using var client = NewClient();
        var page = await client.GetStringAsync(new Uri(link));
        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["decision"] = decision };
        // A decided or closed request shows no form; post anyway, as a stale tab would.
        if (Pages.Parse(page).QuerySelector("input[name='__form']")?.GetAttribute("value") is { } field)
        {
            form["__form"] = field;
        }

        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(link), content);
    }

    /// <summary>Applies as a nominee, lets the deadline pass, approves the selection as HR: the journeys start.</summary>
    public async Task<string> StartJourneysAsync(params string[] ambassadors)
    {
        var cohortId = await CreateCohortAsync(ambassadors);
        foreach (var id in ambassadors)
        {
            var invitation = await WaitForEmailAsync(id, "posting-invitation");
            using var applied = await AnswerAsync(LinkIn(invitation), "apply");
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        }

        Clock.Advance(TimeSpan.FromDays(15));
        var selection = await WaitForEmailAsync("E002", "selection-request");
        using var approved = await SubmitPageFormAsync(LinkIn(selection), "approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return cohortId;
    }

    /// <summary>Opens a link and presses <paramref name="decision"/> leaving the form as the page set
    /// it: its hidden fields and ticked boxes go along, as a browser sends them (several per name).</summary>
    public async Task<HttpResponseMessage> SubmitPageFormAsync(string link, string decision)
    {
        using var client = NewClient();
        var form = Pages.Parse(await client.GetStringAsync(new Uri(link))).QuerySelector("#decision-form")
            ?? throw new InvalidOperationException($"No answer form at {link}.");
        var fields = form.QuerySelectorAll("input[type=hidden], input[type=checkbox][checked]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "on"))
            .Append(new("decision", decision))
            .ToList();
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(link), content);
    }
}
