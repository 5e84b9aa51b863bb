using System.Globalization;
using System.Text;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Health;

/// <summary>The health charts as plain inline SVG, drawn on the server: no script, no CDN, readable
/// by screen readers (<c>title</c>, <c>desc</c>, role img) and by tests, since every bar, point and
/// line carries its month and value (<c>data-month</c>, <c>data-value</c>, invariant numbers).</summary>
public static class HealthCharts
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 44;
    private const int Right = 12;
    private const int Top = 28;
    private const int Bottom = 28;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;
    private const string Blue = "#1f5fa8";
    private const string Green = "#1e6b34";
    private const string Red = "#a4262c";
    private const string Grid = "#d6dde6";

    /// <summary>(a) Ambassadors serving each month, step-downs beside them.</summary>
    public static string Active(HealthReport report, HealthText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var months = report.Months;
        var max = Math.Max(1, months.Select(m => Math.Max(m.Active, m.StepDowns)).DefaultIfEmpty(0).Max());
        var svg = Open("chart-active", text.ActiveChart);
        Axis(svg, months.Count, max, v => v.ToString(CultureInfo.InvariantCulture), [0, max]);
        var slot = Slot(months.Count);
        var bar = slot * 0.36;
        foreach (var m in months)
        {
            var x = Left + (slot * (m.Month - 1)) + (slot * 0.12);
            Bar(svg, "bar active", m.Month, m.Active, x, bar, Y(m.Active, max), Blue);
            Bar(svg, "bar step-downs", m.Month, m.StepDowns, x + bar + (slot * 0.04), bar, Y(m.StepDowns, max), Red);
        }

        Legend(svg, [(text.Active, Blue, false), (text.StepDowns, Red, false)]);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>(b) Attendance (of those serving) and check-ins answered (of those asked), in percent.</summary>
    public static string Rates(HealthReport report, HealthText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var months = report.Months;
        var svg = Open("chart-rates", text.RatesChart);
        Axis(svg, months.Count, 100, v => $"{v.ToString(CultureInfo.InvariantCulture)}%", [0, 50, 100]);
        Line(svg, "attendance", months.Select(m => (m.Month, m.AttendancePercent)), months.Count, Blue);
        Line(svg, "answered", months.Select(m => (m.Month, m.AnsweredPercent)), months.Count, Green);
        Legend(svg, [(text.Attendance, Blue, false), (text.Answered, Green, false)]);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>(c) Hours per ambassador who reported, against the budget (dashed line).</summary>
    public static string Hours(HealthReport report, HealthText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var months = report.Months;
        var budget = report.BudgetHoursPerMonth;
        // Room above the budget line, and for a month far over it.
        var max = Math.Ceiling(Math.Max(budget * 2, months.Select(m => m.HoursPerAmbassador ?? 0).DefaultIfEmpty(0).Max()));
        var svg = Open("chart-hours", text.HoursChart);
        Axis(svg, months.Count, max, v => v.ToString("0.#", CultureInfo.InvariantCulture), [0, budget, max]);
        var slot = Slot(months.Count);
        foreach (var m in months.Where(m => m.HoursPerAmbassador is not null))
        {
            var value = m.HoursPerAmbassador!.Value;
            Bar(svg, "bar hours", m.Month, value, Left + (slot * (m.Month - 1)) + (slot * 0.2), slot * 0.6, Y(value, max), value > budget * 1.5 ? Red : Blue);
        }

        var y = Number(Y(budget, max));
        svg.Append("<line class=\"budget\" data-value=\"").Append(Number(budget)).Append("\" x1=\"").Append(Left).Append("\" x2=\"").Append(Left + PlotWidth)
            .Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\" stroke=\"").Append(Green).Append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        Legend(svg, [(text.HoursPerAmbassador, Blue, false), (text.Budget(budget.ToString("0.#", text.Culture)), Green, true)]);
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, (string Title, string Description) label)
        => new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").Append(id).Append("\" class=\"chart\" role=\"img\" aria-labelledby=\"")
            .Append(id).Append("-title ").Append(id).Append("-desc\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" width=\"").Append(Width)
            .Append("\" height=\"").Append(Height).Append("\" font-family=\"system-ui,sans-serif\" font-size=\"11\"><title id=\"").Append(id).Append("-title\">")
            .Append(Encode(label.Title)).Append("</title><desc id=\"").Append(id).Append("-desc\">").Append(Encode(label.Description)).Append("</desc>")
            .Append("<rect class=\"plot\" x=\"").Append(Left).Append("\" y=\"").Append(Top).Append("\" width=\"").Append(PlotWidth).Append("\" height=\"").Append(PlotHeight)
            .Append("\" fill=\"#fff\" stroke=\"").Append(Grid).Append("\"/>");

    /// <summary>Grid lines with their values on the left, month numbers under the plot.</summary>
    private static void Axis(StringBuilder svg, int months, double max, Func<double, string> label, IEnumerable<double> ticks)
    {
        foreach (var tick in ticks.Distinct())
        {
            var y = Number(Y(tick, max));
            svg.Append("<line class=\"grid\" x1=\"").Append(Left).Append("\" x2=\"").Append(Left + PlotWidth).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y)
                .Append("\" stroke=\"").Append(Grid).Append("\"/><text x=\"").Append(Left - 6).Append("\" y=\"").Append(y).Append("\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#5b6b7c\">")
                .Append(Encode(label(tick))).Append("</text>");
        }

        var slot = Slot(months);
        for (var month = 1; month <= months; month++)
        {
            svg.Append("<text class=\"month\" x=\"").Append(Number(Left + (slot * (month - 0.5)))).Append("\" y=\"").Append(Height - 10).Append("\" text-anchor=\"middle\" fill=\"#5b6b7c\">")
                .Append(month).Append("</text>");
        }
    }

    private static void Bar(StringBuilder svg, string css, int month, double value, double x, double width, double y, string fill)
        => svg.Append("<rect class=\"").Append(css).Append("\" data-month=\"").Append(month).Append("\" data-value=\"").Append(Number(value)).Append("\" x=\"").Append(Number(x))
            .Append("\" y=\"").Append(Number(y)).Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(Top + PlotHeight - y)).Append("\" fill=\"").Append(fill).Append("\"/>");

    /// <summary>A polyline through the months that have a value, a dot on each; months without one
    /// (nobody serving, nothing asked) break the line rather than drawing a false zero.</summary>
    private static void Line(StringBuilder svg, string css, IEnumerable<(int Month, double? Value)> points, int months, string stroke)
    {
        var slot = Slot(months);
        var run = new List<string>();
        var dots = new StringBuilder();
        void Flush()
        {
            if (run.Count > 1)
            {
                svg.Append("<polyline class=\"line ").Append(css).Append("\" fill=\"none\" stroke=\"").Append(stroke).Append("\" stroke-width=\"2\" points=\"").Append(string.Join(' ', run)).Append("\"/>");
            }

            run.Clear();
        }

        foreach (var (month, value) in points)
        {
            if (value is not { } v)
            {
                Flush();
                continue;
            }

            var x = Number(Left + (slot * (month - 0.5)));
            var y = Number(Y(v, 100));
            run.Add($"{x},{y}");
            dots.Append("<circle class=\"point ").Append(css).Append("\" data-month=\"").Append(month).Append("\" data-value=\"").Append(Number(v)).Append("\" cx=\"").Append(x)
                .Append("\" cy=\"").Append(y).Append("\" r=\"3.5\" fill=\"").Append(stroke).Append("\"/>");
        }

        Flush();
        svg.Append(dots);
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<(string Label, string Colour, bool Dashed)> items)
    {
        var x = Left;
        foreach (var (label, colour, dashed) in items)
        {
            svg.Append(dashed
                ? $"<line x1=\"{x}\" x2=\"{x + 14}\" y1=\"12\" y2=\"12\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>"
                : $"<rect x=\"{x}\" y=\"6\" width=\"14\" height=\"12\" fill=\"{colour}\"/>");
            svg.Append("<text x=\"").Append(x + 18).Append("\" y=\"12\" dominant-baseline=\"middle\" fill=\"#1d2733\">").Append(Encode(label)).Append("</text>");
            x += 26 + (label.Length * 6);
        }
    }

    /// <summary>The width of one month (a report without months draws an empty plot).</summary>
    private static double Slot(int months) => (double)PlotWidth / Math.Max(1, months);

    private static double Y(double value, double max) => Top + PlotHeight - (PlotHeight * Math.Clamp(value / max, 0, 1));

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
