using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// Local sign-in sessions kept on the server: the cookie carries only a protected session key, so signing
/// out removes the session (a copied cookie stops working with it) and a restart, which a key change
/// needs, ends every session. One process serves local mode, so memory is where they belong.
/// </summary>
public sealed class MemoryTicketStore(TimeProvider time) : ITicketStore
{
    private readonly ConcurrentDictionary<string, AuthenticationTicket> _sessions = new(StringComparer.Ordinal);

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        Prune();
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        _sessions[key] = ticket;
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        _sessions[key] = ticket;
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key)
        => Task.FromResult(_sessions.TryGetValue(key, out var ticket) && !IsExpired(ticket) ? ticket : null);

    public Task RemoveAsync(string key)
    {
        _sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private bool IsExpired(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc is { } expires && expires <= time.GetUtcNow();

    private void Prune()
    {
        foreach (var (key, ticket) in _sessions)
        {
            if (IsExpired(ticket))
            {
                _sessions.TryRemove(key, out _);
            }
        }
    }
}
