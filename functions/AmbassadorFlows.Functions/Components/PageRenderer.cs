using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace AmbassadorFlows.Functions.Components;

/// <summary>
/// Renders a page component to an HTML string with <see cref="HtmlRenderer"/>, outside Blazor's
/// endpoint pipeline, so the same handler answers in local mode and inside a <c>[Function]</c>.
/// Razor encodes every value; pages are plain HTML with forms that POST to our handlers.
/// </summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    /// <summary>The whole page: <paramref name="page"/> is a component whose root is the layout.</summary>
    public async Task<string> RenderAsync(Type page, IDictionary<string, object?> parameters)
        => "<!DOCTYPE html>" + await RenderPartAsync(page, parameters);

    /// <summary>A part of a page (no doctype): a component dropped into a page built elsewhere.</summary>
    public async Task<string> RenderPartAsync(Type component, IDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(parameters);
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
