using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>Turns what HR typed in the outbox search into the store's query: an employee id the
/// directory knows stands for that person's address (the store's index on the address); anything else
/// is words of a subject or parts of an address ("emma", "welcome mobility").</summary>
public static class OutboxRecipient
{
    public const int PageSize = 50;

    public static async Task<SentMailQuery> QueryAsync(string? typed, string? after, IDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var search = typed?.Trim();
        if (string.IsNullOrEmpty(search))
        {
            return new SentMailQuery(After: after, PageSize: PageSize);
        }

        return !search.Contains('@', StringComparison.Ordinal) && !search.Contains(' ', StringComparison.Ordinal)
            && await directory.GetEmployeeAsync(search, cancellationToken) is { } employee
            ? new SentMailQuery(ToAddress: employee.Email, After: after, PageSize: PageSize)
            : new SentMailQuery(Words: search, After: after, PageSize: PageSize);
    }
}
