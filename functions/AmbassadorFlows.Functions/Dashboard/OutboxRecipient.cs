using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>Turns the outbox filter into one recipient address: an address as typed, or an employee
/// id looked up in the directory, so the store answers with its index on the address alone.</summary>
public static class OutboxRecipient
{
    public static async Task<string?> ResolveAsync(string? filter, IDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var typed = filter?.Trim();
        if (string.IsNullOrEmpty(typed) || typed.Contains('@', StringComparison.Ordinal))
        {
            return typed is "" ? null : typed;
        }

        // Not an address: an id the directory knows stands for that person's mail; anything else matches nothing, as before.
        return await directory.GetEmployeeAsync(typed, cancellationToken) is { } employee ? employee.Email : typed;
    }
}
