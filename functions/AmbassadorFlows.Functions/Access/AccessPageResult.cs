using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Access;

/// <summary>The access gate's refusal as a page in the reader's language, for browsers
/// (<see cref="AccessPage"/>); rendered when sent, as the gate itself decides synchronously.</summary>
public sealed class AccessPageResult(AccessRefusal refusal) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => refusal.Status;

    public AccessRefusal Refusal => refusal;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var renderer = httpContext.RequestServices.GetRequiredService<PageRenderer>();
        var html = await renderer.RenderAsync(typeof(AccessPage), new Dictionary<string, object?>
        {
            ["Text"] = DashboardText.For(httpContext),
            ["Context"] = httpContext,
            ["Model"] = refusal,
        });
        await Html.Result(html, refusal.Status).ExecuteAsync(httpContext);
    }
}
