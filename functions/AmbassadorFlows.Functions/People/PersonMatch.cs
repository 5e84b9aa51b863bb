using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.People;

/// <summary>What a person typed into a "who" field resolves to: exactly one employee, nobody, or several
/// (then the form lists them so the reader can be more precise).</summary>
public sealed record PersonMatch(string Typed, Employee? Employee, IReadOnlyList<Employee> Candidates)
{
    /// <summary>How many candidates a form shows when a name is ambiguous.</summary>
    public const int MaxCandidates = 5;

    public bool IsUnique => Employee is not null;

    /// <summary>An exact id, address or name wins; otherwise a single partial match.</summary>
    public static async Task<PersonMatch> ResolveAsync(IDirectorySearch search, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var text = typed.Trim();
        var found = await search.FindPeopleAsync(text, MaxCandidates + 1, cancellationToken);
        var exact = found.Where(e =>
            string.Equals(e.Id, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.Email, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.DisplayName, text, StringComparison.CurrentCultureIgnoreCase)).ToList();
        var unique = exact.Count == 1 ? exact[0] : exact.Count == 0 && found.Count == 1 ? found[0] : null;
        return new PersonMatch(text, unique, [.. found.Take(MaxCandidates)]);
    }
}
