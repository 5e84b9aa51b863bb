using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>
/// One of the dashboard's composite texts ("Step {0} since {2}") with each blank filled by markup (a
/// link, a badge: a <see cref="RenderFragment"/>) or by a value Razor encodes (numbers in the page's
/// culture). A sentence stays one text per language, and no HTML string is assembled to fill it.
/// </summary>
public sealed partial class Composite : ComponentBase
{
    /// <summary>The text with its blanks, from <see cref="Functions.Dashboard.DashboardText"/>.</summary>
    [Parameter, EditorRequired] public string Format { get; set; } = string.Empty;

    /// <summary>How numbers are written (the page's language).</summary>
    [Parameter] public CultureInfo Culture { get; set; } = CultureInfo.InvariantCulture;

    /// <summary>Blank {n} gets <c>Args[n]</c>: a <see cref="RenderFragment"/>, or a value shown as text.</summary>
    [Parameter] public IReadOnlyList<object?> Args { get; set; } = [];

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var from = 0;
        foreach (Match blank in Blank().Matches(Format))
        {
            builder.AddContent(0, Format[from..blank.Index]);
            var arg = Args[int.Parse(blank.Groups[1].ValueSpan, CultureInfo.InvariantCulture)];
            if (arg is RenderFragment fragment)
            {
                builder.AddContent(1, fragment);
            }
            else
            {
                builder.AddContent(2, Convert.ToString(arg, Culture));
            }

            from = blank.Index + blank.Length;
        }

        builder.AddContent(3, Format[from..]);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Blank();
}
