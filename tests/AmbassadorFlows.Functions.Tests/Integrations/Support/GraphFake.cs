using AmbassadorFlows.Functions.Integrations.Graph;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using WireMock;
using WireMock.Server;

namespace AmbassadorFlows.Functions.Tests.Integrations.Support;

/// <summary>WireMock.Net standing in for Microsoft Graph v1.0, and a GraphServiceClient built by
/// our production builder (so the SDK's retry handler is in the pipeline).</summary>
internal sealed class GraphFake : IDisposable
{
    public GraphFake()
    {
        Server = WireMockServer.Start();
        Options = new GraphOptions
        {
            Enabled = true,
            BaseUrl = new Uri(Server.Url + "/v1.0"),
            CalendarMailbox = "meetings@contoso.com",
        };
    }

    public WireMockServer Server { get; }

    public GraphOptions Options { get; }

    public GraphServiceClient Client() => GraphServiceClientBuilder.Create(Options, new AnonymousAuthenticationProvider());

    public IReadOnlyList<IRequestMessage> Requests(string method, string path) =>
        Server.LogEntries
            .Select(e => e.RequestMessage)
            .Where(r => r.Method == method && r.Path == path)
            .OrderBy(r => r.DateTime)
            .ToList();

    /// <summary>The decoded query string, e.g. <c>$select=id,displayName</c>.</summary>
    public static string Query(IRequestMessage request) => Uri.UnescapeDataString(new Uri(request.Url).Query);

    public void Dispose() => Server.Stop();
}
