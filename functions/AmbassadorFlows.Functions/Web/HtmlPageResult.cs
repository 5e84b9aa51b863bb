using System.Text;
using AmbassadorFlows.Functions.Access;

namespace AmbassadorFlows.Functions.Web;

/// <summary>A rendered page, sent with the dashboard's antiforgery field added to its POST forms
/// (<see cref="DashboardAntiforgery"/>): done here, where the request is at hand, so no page builder
/// has to remember it.</summary>
public sealed class HtmlPageResult(string html, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode { get; } = statusCode;

    public string ContentType => Web.Html.ContentType;

    public string Body { get; } = html;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var html = httpContext.RequestServices.GetService<DashboardAntiforgery>() is { } antiforgery
            ? antiforgery.AddToForms(httpContext, Body)
            : Body;
        return Results.Content(html, ContentType, Encoding.UTF8, statusCode).ExecuteAsync(httpContext);
    }
}
