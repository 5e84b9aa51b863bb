using System.Net;
using System.Text.Json;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary><c>GET /api/cohorts</c> reads the cohort list a page at a time, newest first: the Link
/// header leads to the next page, and a limit or page token that is not valid is a 400.</summary>
public sealed class CohortListPagingTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task ListCohorts_ThreeCohortsPagesOfTwo_NewestFirstThenTheRestWithoutALink()
    {
        var started = new List<string>();
        foreach (var nominee in new[] { "E007", "E005", "E012" })
        {
            started.Add(await app.CreateCohortAsync([nominee]));
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        using var client = app.NewClient();
        using var first = await client.GetAsync(new Uri("api/cohorts?limit=2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var next = Assert.Single(first.Headers.GetValues("Link"));
        Assert.EndsWith("; rel=\"next\"", next, StringComparison.Ordinal);
        var firstIds = Ids(await first.Content.ReadAsStringAsync());

        var nextUri = next[1..next.IndexOf('>', StringComparison.Ordinal)].TrimStart('/');
        using var second = await client.GetAsync(new Uri(nextUri, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains("Link"));
        var secondIds = Ids(await second.Content.ReadAsStringAsync());

        Assert.Equal(Enumerable.Reverse(started), firstIds.Concat(secondIds));
    }

    [Theory]
    [InlineData("api/cohorts?limit=0")]
    [InlineData("api/cohorts?limit=201")]
    [InlineData("api/cohorts?limit=ten")]
    [InlineData("api/cohorts?after=not-a-page")]
    public async Task ListCohorts_InvalidLimitOrPage_Is400ProblemDetails(string path)
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static List<string> Ids(string json)
    {
        using var page = JsonDocument.Parse(json);
        return [.. page.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }
}
