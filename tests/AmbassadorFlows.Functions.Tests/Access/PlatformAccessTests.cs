using System.Reflection;
using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>Azure mode: the caller comes from the platform's header, trusted only with App Service
/// Authentication on; every HTTP function carries the same rule as its local route.</summary>
public sealed class PlatformAccessTests(AppHost local) : IClassFixture<AppHost>
{
    [Fact]
    public void Resolve_AuthOnWithPrincipal_ReadsIdNameAndRoles()
    {
        var caller = Resolver(authEnabled: true).Resolve(Request(PrincipalHeader.For("7f0c-oid", "ines@contoso.example", "HR", "Ops", "Gardener")));

        Assert.NotNull(caller);
        Assert.Equal("7f0c-oid", caller.Id);
        Assert.Equal("ines@contoso.example", caller.Name);
        Assert.Equal(["HR", "Ops"], caller.Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_AuthOff_TrustsNoHeader()
        => Assert.Null(Resolver(authEnabled: false).Resolve(Request(PrincipalHeader.For("oid", "mallory@contoso.example", "HR"))));

    [Theory]
    [InlineData("not base64 !!")]
    [InlineData("eyJ9")]
    [InlineData("")]
    public void Resolve_UnreadableHeader_SignsNobodyIn(string header)
        => Assert.Null(Resolver(authEnabled: true).Resolve(Request(header)));

    [Fact]
    public void Resolve_PrincipalWithoutObjectId_SignsNobodyIn()
    {
        var json = """{"auth_typ":"aad","claims":[{"typ":"roles","val":"HR"}],"name_typ":"name","role_typ":"roles"}""";
        Assert.Null(Resolver(authEnabled: true).Resolve(Request(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)))));
    }

    [Fact]
    public void Gate_SignedInWithoutRole_Is403NamingTheRole()
    {
        var gate = new AccessGate(Resolver(authEnabled: true));
        var context = new DefaultHttpContext();
        context.Request.Headers[ClientPrincipal.HeaderName] = PrincipalHeader.For("oid", "val@contoso.example", "Viewer");

        var denied = gate.Check(context, new RequireRolesAttribute(AppRoles.HR), null);

        var problem = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>(denied);
        Assert.Equal(StatusCodes.Status403Forbidden, problem.StatusCode);
        Assert.Contains("HR", problem.ProblemDetails.Detail, StringComparison.Ordinal);
        Assert.Null(Caller.Of(context));
    }

    [Fact]
    public void Functions_EveryHttpFunction_HasTheRuleOfItsLocalRoute()
    {
        var localRules = local.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Key: $"{m} {Normalize(e.RoutePattern.RawText)}", Rule: Describe(e.Metadata.GetMetadata<RequireRolesAttribute>(), e.Metadata.GetMetadata<PublicRouteAttribute>()))))
            .ToDictionary(r => r.Key, r => r.Rule, StringComparer.OrdinalIgnoreCase);
        var functions = typeof(AmbassadorFlowsApp).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(m => m.Function is not null && m.Trigger is not null)
            .ToList();

        Assert.True(functions.Count >= 14, $"found {functions.Count} HTTP functions");
        foreach (var (method, function, trigger) in functions)
        {
            var rule = AccessMiddleware.Rules[function!.Name];
            Assert.NotEqual("none", Describe(rule.Required, rule.Public));
            foreach (var verb in trigger!.Methods!)
            {
                var key = $"{verb} {Normalize(trigger.Route)}";
                Assert.True(localRules.TryGetValue(key, out var localRule), $"{function.Name}: no local route {key}");
                Assert.Equal(localRule, Describe(rule.Required, rule.Public));
            }

            Assert.Equal(AuthorizationLevel.Anonymous, trigger.AuthLevel);
        }
    }

    private static string Normalize(string? route)
        => route == AmbassadorFlows.Functions.Azure.DashboardFunctions.RootRoute ? string.Empty : (route ?? string.Empty).Trim('/');

    private static string Describe(RequireRolesAttribute? required, PublicRouteAttribute? isPublic)
        => isPublic is not null ? "public" : required is null ? "none" : string.Join(",", required.Roles.Order(StringComparer.Ordinal));

    private static PlatformCallerResolver Resolver(bool authEnabled)
        => new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PlatformCallerResolver.AuthEnabledSetting] = authEnabled ? "True" : null }).Build());

    private static HttpRequest Request(string principal)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[ClientPrincipal.HeaderName] = principal;
        return context.Request;
    }
}
