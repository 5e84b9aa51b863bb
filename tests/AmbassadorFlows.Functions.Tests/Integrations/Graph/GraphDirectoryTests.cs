using AmbassadorFlows.Functions.Integrations.Graph;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using WireMock.RequestBuilders;
using WmResponse = WireMock.ResponseBuilders.Response;

namespace AmbassadorFlows.Functions.Tests.Integrations.Graph;

public sealed class GraphDirectoryTests : IDisposable
{
    private readonly GraphFake _graph = new();

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task GetEmployeeAsync_UserWithManager_MapsProfileAndManagerId()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/ann@contoso.com").UsingGet())
            .RespondWith(Json("""
                {"id":"u-ann","displayName":"Ann Smith","mail":"ann@contoso.com","userPrincipalName":"ann@contoso.onmicrosoft.com",
                 "department":"Finance","jobTitle":"Controller","officeLocation":"Copenhagen","preferredLanguage":"da-DK",
                 "employeeHireDate":"2019-04-01T00:00:00Z","manager":{"@odata.type":"#microsoft.graph.user","id":"u-boss"}}
                """));

        var employee = await Directory().GetEmployeeAsync("ann@contoso.com");

        Assert.NotNull(employee);
        Assert.Equal("u-ann", employee.Id);
        Assert.Equal("Ann Smith", employee.DisplayName);
        Assert.Equal("ann@contoso.com", employee.Email);
        Assert.Equal("Finance", employee.Department);
        Assert.Equal("Controller", employee.JobTitle);
        Assert.Equal("Copenhagen", employee.Region);
        Assert.Equal("da", employee.PreferredLanguage);
        Assert.Equal(new DateOnly(2019, 4, 1), employee.HireDate);
        Assert.Equal("u-boss", employee.ManagerId);
        var query = GraphFake.Query(Assert.Single(_graph.Requests("GET", "/v1.0/users/ann@contoso.com")));
        Assert.Contains("$select=id,displayName,mail,userPrincipalName,department,jobTitle,officeLocation,preferredLanguage,employeeHireDate", query, StringComparison.Ordinal);
        Assert.Contains("$expand=manager($select=id)", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEmployeeAsync_NoPreferredLanguageOrMail_FallsBackToDefaultLanguageAndUpn()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/u-bo").UsingGet())
            .RespondWith(Json("""{"id":"u-bo","displayName":"Bo","userPrincipalName":"bo@contoso.com"}"""));

        var employee = await Directory().GetEmployeeAsync("u-bo");

        Assert.Equal("en", employee?.PreferredLanguage);
        Assert.Equal("bo@contoso.com", employee?.Email);
        Assert.Null(employee?.ManagerId);
        Assert.Null(employee?.HireDate);
    }

    [Fact]
    public async Task GetEmployeeAsync_UnknownUser_ReturnsNull()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/ghost").UsingGet())
            .RespondWith(NotFound());

        Assert.Null(await Directory().GetEmployeeAsync("ghost"));
    }

    [Fact]
    public async Task GetManagerAsync_UserHasManager_ReturnsManagerAsEmployee()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/u-ann/manager").UsingGet())
            .RespondWith(Json("""
                {"@odata.type":"#microsoft.graph.user","id":"u-boss","displayName":"Boss","mail":"boss@contoso.com",
                 "department":"Finance","jobTitle":"CFO","officeLocation":"Aarhus","preferredLanguage":"en-GB"}
                """));

        var manager = await Directory().GetManagerAsync("u-ann");

        Assert.Equal("u-boss", manager?.Id);
        Assert.Equal("boss@contoso.com", manager?.Email);
        Assert.Equal("CFO", manager?.JobTitle);
        Assert.Equal("Aarhus", manager?.Region);
        Assert.Equal("en", manager?.PreferredLanguage);
    }

    [Fact]
    public async Task GetManagerAsync_NoManager_ReturnsNull()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/u-ceo/manager").UsingGet()).RespondWith(NotFound());

        Assert.Null(await Directory().GetManagerAsync("u-ceo"));
    }

    [Fact]
    public async Task GetGroupMembersAsync_TwoPages_FollowsNextLinkAndReturnsAllMembers()
    {
        const string path = "/v1.0/groups/g-all/transitiveMembers/graph.user";
        _graph.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("$skiptoken", "page2"))
            .AtPriority(1)
            .RespondWith(Json("""{"value":[{"id":"u-3","displayName":"C","mail":"c@contoso.com","preferredLanguage":"fr-BE"}]}"""));
        _graph.Server.Given(Request.Create().WithPath(path).UsingGet())
            .AtPriority(10)
            .RespondWith(Json($$"""
                {"value":[{"id":"u-1","displayName":"A","mail":"a@contoso.com","department":"HR"},
                          {"id":"u-2","displayName":"B","mail":"b@contoso.com","preferredLanguage":"nl-NL"}],
                 "@odata.nextLink":"{{_graph.Server.Url}}{{path}}?$skiptoken=page2"}
                """));

        var members = await Directory().GetGroupMembersAsync("g-all");

        Assert.Equal(["u-1", "u-2", "u-3"], members.Select(m => m.Id));
        Assert.Equal(["en", "nl", "fr"], members.Select(m => m.PreferredLanguage));
        Assert.Equal("HR", members[0].Department);
        var requests = _graph.Requests("GET", path);
        Assert.Equal(2, requests.Count);
        Assert.Contains("$top=999", GraphFake.Query(requests[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGroupMembersAsync_DirectMembersConfigured_UsesMembersPath()
    {
        _graph.Options.IncludeNestedGroupMembers = false;
        _graph.Server.Given(Request.Create().WithPath("/v1.0/groups/g-1/members/graph.user").UsingGet())
            .RespondWith(Json("""{"value":[{"id":"u-1","displayName":"A","mail":"a@contoso.com"}]}"""));

        var members = await Directory().GetGroupMembersAsync("g-1");

        Assert.Equal("u-1", Assert.Single(members).Id);
    }

    [Fact]
    public async Task GetEmployeeAsync_ThrottledOnce_RetryHandlerWaitsAndSucceeds()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/u-t").UsingGet())
            .InScenario("throttle").WillSetStateTo("open")
            .RespondWith(WmResponse.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":{"code":"TooManyRequests","message":"Application is over its MailboxConcurrency limit."}}"""));
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/u-t").UsingGet())
            .InScenario("throttle").WhenStateIs("open")
            .RespondWith(Json("""{"id":"u-t","displayName":"T","mail":"t@contoso.com"}"""));

        var employee = await Directory().GetEmployeeAsync("u-t");

        Assert.Equal("u-t", employee?.Id);
        var requests = _graph.Requests("GET", "/v1.0/users/u-t");
        Assert.Equal(2, requests.Count);
        // Kiota's RetryHandler marks its retries.
        Assert.Contains(requests[1].Headers!, h => h.Key.Equals("Retry-Attempt", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetEmployeeAsync_TokenCredential_SendsBearerForGraphScope()
    {
        _graph.Server.Given(Request.Create().WithPath("/v1.0/users/u-1").UsingGet())
            .RespondWith(Json("""{"id":"u-1","displayName":"A","mail":"a@contoso.com"}"""));
        var credential = new FakeTokenCredential("graph-token");
        var client = GraphServiceClientBuilder.Create(_graph.Options, credential);

        await new GraphDirectory(client, _graph.Options).GetEmployeeAsync("u-1");

        var request = Assert.Single(_graph.Requests("GET", "/v1.0/users/u-1"));
        Assert.Equal("Bearer graph-token", request.Headers!.First(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value.Single());
        Assert.Equal(["https://graph.microsoft.com/.default"], credential.RequestedScopes.Distinct());
    }

    private GraphDirectory Directory() => new(_graph.Client(), _graph.Options);

    private static WireMock.ResponseBuilders.IResponseBuilder Json(string body) =>
        WmResponse.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);

    private static WireMock.ResponseBuilders.IResponseBuilder NotFound() =>
        WmResponse.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json")
            .WithBody("""{"error":{"code":"Request_ResourceNotFound","message":"Resource does not exist."}}""");
}
