using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>One meeting group: number <see cref="Number"/> of <see cref="Of"/> (from 1), its
/// members in order, and the values of the grouping they have (e.g. the regions), in order.</summary>
public sealed record MeetingGroup(int Number, int Of, string Grouping, IReadOnlyList<string> Keys, IReadOnlyList<Employee> Members);

/// <summary>
/// Splits a month's participants into meeting groups: sorted by the grouping key (region, language
/// or department; people without one last) then id, and cut into the fewest groups of at most the
/// programme's size. Where the cuts fall is chosen so that as few groups as possible split a key
/// (a region stays together when it can), then so that the groups are as even as possible: 30 people
/// in groups of 12 make 10/10/10, never 12/12/6, and no group of one or two is left over. Pure and
/// deterministic: the same people give the same groups, so a retried activity sends the same invites.
/// </summary>
public static class MeetingGroups
{
    public const string None = "none";

    /// <summary>The programme's grouping, or by region when it sets none and anyone has a region.</summary>
    public static string GroupingFor(MeetingCadence meetings, IEnumerable<Employee> people)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(people);
        return meetings.GroupBy is { Length: > 0 } set ? set : people.Any(p => !string.IsNullOrWhiteSpace(p.Region)) ? "region" : None;
    }

    /// <summary>What <paramref name="person"/> is grouped by; null when the directory does not say.</summary>
    public static string? KeyOf(Employee person, string grouping)
    {
        ArgumentNullException.ThrowIfNull(person);
        var key = grouping switch
        {
            "region" => person.Region,
            "language" => person.PreferredLanguage,
            "department" => person.Department,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }

    public static IReadOnlyList<MeetingGroup> Split(IReadOnlyCollection<Employee> people, int size, string grouping)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(grouping);
        if (people.Count == 0)
        {
            return [];
        }

        size = Math.Clamp(size, MeetingCadence.MinGroupSize, MeetingCadence.MaxGroupSize);
        var sorted = people
            .Select(p => (Person: p, Key: KeyOf(p, grouping)))
            .OrderBy(p => p.Key is null)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Person.Id, StringComparer.Ordinal)
            .ToList();
        var sizes = Sizes([.. sorted.Select(p => p.Key)], size);
        var groups = new List<MeetingGroup>(sizes.Count);
        var start = 0;
        foreach (var count in sizes)
        {
            var members = sorted.GetRange(start, count);
            groups.Add(new MeetingGroup(
                groups.Count + 1,
                sizes.Count,
                grouping,
                [.. members.Select(m => m.Key).OfType<string>().Distinct(StringComparer.Ordinal)],
                [.. members.Select(m => m.Person)]));
            start += count;
        }

        return groups;
    }

    /// <summary>Groups chosen together at most this many at a time: keeps the choice linear in the cohort.</summary>
    internal const int Block = 24;

    /// <summary>The size of each group, in order. The number of groups is the fewest that respects
    /// <paramref name="size"/>; a group may be a little smaller than an even share (by a quarter of the
    /// size, never below three) so a cut can fall between two keys. A dynamic programme over (groups so
    /// far, people so far) minimises first the cuts inside a key, then the spread of the sizes. It runs
    /// on blocks of <see cref="Block"/> even shares, so the work is O(people × block × slack), not O(people²).</summary>
    internal static IReadOnlyList<int> Sizes(IReadOnlyList<string?> keys, int size)
    {
        var n = keys.Count;
        var k = (n + size - 1) / size;
        var even = n / k;
        var lowest = Math.Max(Math.Min(3, even), even - (size / 4));
        var sizes = new List<int>(k);
        // Block j holds groups [g0, g1) and people [g0·n/k, g1·n/k): between g·even and g·size, so each block can be filled.
        for (var g0 = 0; g0 < k; g0 += Block)
        {
            var g1 = Math.Min(k, g0 + Block);
            var p0 = (int)((long)g0 * n / k);
            var p1 = (int)((long)g1 * n / k);
            sizes.AddRange(BlockSizes(keys, p0, p1, g1 - g0, lowest, size, k, n));
        }

        return sizes;
    }

    private static int[] BlockSizes(IReadOnlyList<string?> keys, int p0, int p1, int groups, int lowest, int highest, int k, int n)
    {
        var count = p1 - p0;
        // best[g, p]: the least cost of putting the block's first p people in g groups; from[g, p]: the last group's size.
        var best = new (long Cuts, long Spread)[groups + 1, count + 1];
        var from = new int[groups + 1, count + 1];
        for (var g = 0; g <= groups; g++)
        {
            for (var p = 0; p <= count; p++)
            {
                best[g, p] = (long.MaxValue, long.MaxValue);
            }
        }

        best[0, 0] = (0, 0);
        for (var g = 1; g <= groups; g++)
        {
            for (var p = 1; p <= count; p++)
            {
                for (var s = lowest; s <= Math.Min(highest, p); s++)
                {
                    var previous = best[g - 1, p - s];
                    if (previous.Cuts == long.MaxValue)
                    {
                        continue;
                    }

                    // A cut after person i (not after the last) splits a key when i and i + 1 share it.
                    var i = p0 + p;
                    var cut = i < n && keys[i - 1] is { } key && string.Equals(key, keys[i], StringComparison.Ordinal) ? 1 : 0;
                    var deviation = ((long)s * k) - n;
                    var cost = (previous.Cuts + cut, previous.Spread + (deviation * deviation));
                    if (cost.CompareTo(best[g, p]) < 0)
                    {
                        best[g, p] = cost;
                        from[g, p] = s;
                    }
                }
            }
        }

        var sizes = new int[groups];
        for (int g = groups, p = count; g > 0; g--)
        {
            sizes[g - 1] = from[g, p];
            p -= from[g, p];
        }

        return sizes;
    }
}
