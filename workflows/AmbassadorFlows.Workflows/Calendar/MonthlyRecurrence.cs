using System.Globalization;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Calendar;

/// <summary>The dates of a <see cref="MeetingSeries"/>: the n-th (or last) weekday of each month,
/// at the UTC time of day of <see cref="MeetingSeries.FirstStartUtc"/>. The .ics writer and the
/// Graph calendar both use it, so an invite and a calendar event always agree on the dates.</summary>
public static class MonthlyRecurrence
{
    /// <summary><see cref="MeetingSeries.WeekOfMonth"/> value meaning "last".</summary>
    public const int LastWeek = 5;

    /// <summary>The date of the <paramref name="weekOfMonth"/>-th <paramref name="day"/> of the month (5 = last).</summary>
    public static DateOnly OccurrenceDate(int year, int month, DayOfWeek day, int weekOfMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weekOfMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weekOfMonth, LastWeek);
        if (weekOfMonth == LastWeek)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)day - (int)first.DayOfWeek + 7) % 7) + (7 * (weekOfMonth - 1)));
    }

    /// <summary>Throws when the series cannot be expressed as a monthly rule, or when its first start
    /// is not itself an occurrence (RFC 5545 leaves an unsynchronised DTSTART undefined, and Outlook
    /// and Graph disagree on it, so we refuse rather than guess).</summary>
    public static void Validate(MeetingSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.WeekOfMonth is < 1 or > LastWeek)
        {
            throw new ArgumentException($"WeekOfMonth must be 1..5 (5 = last), was {series.WeekOfMonth}.", nameof(series));
        }

        if (series.Occurrences < 1)
        {
            throw new ArgumentException($"Occurrences must be at least 1, was {series.Occurrences}.", nameof(series));
        }

        if (series.Duration <= TimeSpan.Zero)
        {
            throw new ArgumentException("Duration must be positive.", nameof(series));
        }

        var start = series.FirstStartUtc.UtcDateTime;
        var expected = OccurrenceDate(start.Year, start.Month, series.DayOfWeek, series.WeekOfMonth);
        if (DateOnly.FromDateTime(start) != expected)
        {
            throw new ArgumentException(
                $"FirstStartUtc {start:yyyy-MM-dd} is not the {Ordinal(series.WeekOfMonth)} {series.DayOfWeek} of its month " +
                $"(that is {expected:yyyy-MM-dd}); the first start must be the first occurrence.",
                nameof(series));
        }
    }

    /// <summary>Start of every occurrence, in UTC.</summary>
    public static IReadOnlyList<DateTimeOffset> Occurrences(MeetingSeries series)
    {
        Validate(series);
        var first = series.FirstStartUtc.ToUniversalTime();
        var result = new List<DateTimeOffset>(series.Occurrences);
        for (var i = 0; i < series.Occurrences; i++)
        {
            var month = first.AddMonths(i);
            var date = OccurrenceDate(month.Year, month.Month, series.DayOfWeek, series.WeekOfMonth);
            result.Add(new DateTimeOffset(date.ToDateTime(TimeOnly.FromTimeSpan(first.TimeOfDay)), TimeSpan.Zero));
        }

        return result;
    }

    /// <summary>Start of the occurrence on <paramref name="date"/> (UTC date), or null when the series has none that day.</summary>
    public static DateTimeOffset? OccurrenceOn(MeetingSeries series, DateOnly date)
    {
        foreach (var start in Occurrences(series))
        {
            if (DateOnly.FromDateTime(start.UtcDateTime) == date)
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>The RFC 5545 RRULE value, e.g. <c>FREQ=MONTHLY;BYDAY=2TH;COUNT=6</c>.</summary>
    public static string ToRRule(MeetingSeries series)
    {
        Validate(series);
        var week = series.WeekOfMonth == LastWeek ? "-1" : series.WeekOfMonth.ToString(CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"FREQ=MONTHLY;BYDAY={week}{DayCode(series.DayOfWeek)};COUNT={series.Occurrences}");
    }

    internal static string DayCode(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        DayOfWeek.Sunday => "SU",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };

    private static string Ordinal(int week) => week switch
    {
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        4 => "4th",
        _ => "last",
    };
}
