using AmbassadorFlows.Functions.Components;

namespace AmbassadorFlows.Functions.Web;

/// <summary>A page component rendered when the answer is sent, for code that has the request but no
/// <see cref="PageRenderer"/> at hand (middleware refusing a request). The component gets the request as
/// its <c>Context</c> parameter; the page then goes out as an <see cref="HtmlPageResult"/>.</summary>
public sealed class ComponentPageResult(Type page, IReadOnlyDictionary<string, object?> parameters, int statusCode) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var renderer = httpContext.RequestServices.GetRequiredService<PageRenderer>();
        var html = await renderer.RenderAsync(page, new Dictionary<string, object?>(parameters) { ["Context"] = httpContext });
        await new HtmlPageResult(html, statusCode).ExecuteAsync(httpContext);
    }
}
