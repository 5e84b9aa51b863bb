using System.Globalization;

namespace AmbassadorFlows.Functions.Components.Health;

/// <summary>Where things go in a health chart: one fixed drawing box (the SVG scales it to the
/// screen), a plot inside it with room for the values on the left, the legend above and the months
/// below. Numbers are written invariant, two decimals at most, for the SVG and for the tests.</summary>
public static class ChartGeometry
{
    public const int Width = 640;
    public const int Height = 240;
    public const int Left = 44;
    public const int Right = 12;
    public const int Top = 28;
    public const int Bottom = 28;
    public const int PlotWidth = Width - Left - Right;
    public const int PlotHeight = Height - Top - Bottom;
    public const string Blue = "#1f5fa8";
    public const string Green = "#1e6b34";
    public const string Red = "#a4262c";
    public const string Grid = "#d6dde6";
    public const string Ink = "#1d2733";
    public const string Muted = "#5b6b7c";

    /// <summary>The width of one month (a report without months draws an empty plot).</summary>
    public static double Slot(int months) => (double)PlotWidth / Math.Max(1, months);

    /// <summary>The centre of a month's slot.</summary>
    public static double Centre(int month, int months) => Left + (Slot(months) * (month - 0.5));

    public static double Y(double value, double max) => Top + PlotHeight - (PlotHeight * Math.Clamp(value / max, 0, 1));

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
