using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Azure;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Hosting;

/// <summary>The audit's client IP: in Azure the platform's last <c>X-Forwarded-For</c> entry (the worker
/// itself sees the host's proxy on 127.0.0.1); locally the connection's address, whatever the header says.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("203.0.113.7:51234", "203.0.113.7")]
    [InlineData("198.51.100.1, 203.0.113.7:443", "203.0.113.7")]
    [InlineData("[2001:db8::1]:443", "2001:db8::1")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("not-an-address", "127.0.0.1")]
    [InlineData("", "127.0.0.1")]
    public void Of_TrustedForwardedFor_TakesThePlatformsEntry(string header, string expected)
    {
        var context = Request(header);

        Assert.Equal(expected, new ClientAddress(trustForwardedFor: true).Of(context));
    }

    [Fact]
    public void Of_Untrusted_IgnoresTheHeader()
    {
        Assert.Equal("127.0.0.1", new ClientAddress(trustForwardedFor: false).Of(Request("203.0.113.7")));
    }

    [Fact]
    public void Build_AzureWorker_TrustsForwardedForAndBuildsTheAccessMiddleware()
    {
        using var host = AzureWorker.Build([
            "--WEBSITE_HOSTNAME=func-ambflows-dev.azurewebsites.net",
            "--AzureWebJobsStorage:tableServiceUri=https://stambflows.table.core.windows.net/",
            $"--AmbassadorFlows:SigningKeys:v1={Convert.ToBase64String(new byte[32])}"]);

        Assert.True(host.Services.GetRequiredService<ClientAddress>().TrustsForwardedFor);
        // The worker middleware that runs the access gate and the cross-site guard can be built.
        Assert.NotNull(ActivatorUtilities.CreateInstance<AccessMiddleware>(host.Services));
    }

    [Fact]
    public async Task Build_LocalMode_DoesNotTrustForwardedFor()
    {
        var app = new AppHost();
        await app.InitializeAsync();
        try
        {
            Assert.False(app.Services.GetRequiredService<ClientAddress>().TrustsForwardedFor);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static DefaultHttpContext Request(string forwardedFor)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Request.Headers[ClientAddress.ForwardedForHeader] = forwardedFor;
        return context;
    }
}
