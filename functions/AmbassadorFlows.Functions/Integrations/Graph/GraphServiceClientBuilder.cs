using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace AmbassadorFlows.Functions.Integrations.Graph;

/// <summary>Builds the GraphServiceClient on the SDK's default middleware, so its RetryHandler
/// (429/503/504 with Retry-After) is always in the pipeline.</summary>
public static class GraphServiceClientBuilder
{
    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public static GraphServiceClient Create(GraphOptions options, TokenCredential credential, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var allowedHosts = options.BaseUrl is { } baseUrl
            ? [baseUrl.Host]
            : new[] { "graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn" };
        return Create(options, new AzureIdentityAuthenticationProvider(credential, allowedHosts, scopes: Scopes), finalHandler);
    }

    public static GraphServiceClient Create(GraphOptions options, IAuthenticationProvider authentication, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(new RetryHandlerOption { MaxRetry = Math.Clamp(options.MaxRetries, 0, 10) });
            }
        }

        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        return new GraphServiceClient(http, authentication, options.BaseUrl?.AbsoluteUri.TrimEnd('/'));
    }
}
