using AmbassadorFlows.Workflows.Ports;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace AmbassadorFlows.Functions.Integrations.Graph;

/// <summary><see cref="IDirectory"/> over Microsoft Graph: users (with manager), and all pages of
/// a group's user members. officeLocation is used as the region; preferredLanguage is cut to its
/// two-letter code. Graph has no "level", so <see cref="Employee.Level"/> stays empty.</summary>
public sealed class GraphDirectory(GraphServiceClient graph, GraphOptions options) : IDirectory, IDirectorySearch
{
    internal static readonly string[] UserFields =
        ["id", "displayName", "mail", "userPrincipalName", "department", "jobTitle", "officeLocation", "preferredLanguage", "employeeHireDate"];

    public async Task<Employee?> GetEmployeeAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        try
        {
            var user = await graph.Users[employeeId].GetAsync(
                rc =>
                {
                    rc.QueryParameters.Select = UserFields;
                    rc.QueryParameters.Expand = ["manager($select=id)"];
                },
                cancellationToken).ConfigureAwait(false);
            return user is null ? null : Map(user, user.Manager?.Id);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    public async Task<Employee?> GetManagerAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        try
        {
            var manager = await graph.Users[employeeId].Manager.GetAsync(
                rc => rc.QueryParameters.Select = UserFields,
                cancellationToken).ConfigureAwait(false);
            // A manager can in principle be a non-user directory object (e.g. an org contact).
            return manager is User user ? Map(user, managerId: null) : null;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null; // no manager, or no such user
        }
    }

    /// <summary>User members only (nested groups expanded when configured); ManagerId is not
    /// filled here, to avoid one call per member; use <see cref="GetManagerAsync"/>.</summary>
    public async Task<IReadOnlyList<Employee>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var group = graph.Groups[groupId];
        UserCollectionResponse? first;
        try
        {
            // Two request builders with distinct query-parameter types; same select and page size.
            first = options.IncludeNestedGroupMembers
                ? await group.TransitiveMembers.GraphUser.GetAsync(
                    rc =>
                    {
                        rc.QueryParameters.Select = UserFields;
                        rc.QueryParameters.Top = 999;
                    },
                    cancellationToken).ConfigureAwait(false)
                : await group.Members.GraphUser.GetAsync(
                    rc =>
                    {
                        rc.QueryParameters.Select = UserFields;
                        rc.QueryParameters.Top = 999;
                    },
                    cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return [];
        }

        var employees = new List<Employee>();
        if (first is null)
        {
            return employees;
        }

        var pages = PageIterator<User, UserCollectionResponse>.CreatePageIterator(graph, first, user =>
        {
            employees.Add(Map(user, managerId: null));
            return true;
        });
        await pages.IterateAsync(cancellationToken).ConfigureAwait(false);
        return employees;
    }

    /// <summary>The tenant's groups by display name (a posting goes to a group's members).</summary>
    public async Task<IReadOnlyList<DirectoryGroup>> ListGroupsAsync(int max, CancellationToken cancellationToken = default)
    {
        var page = await graph.Groups.GetAsync(
            rc =>
            {
                rc.QueryParameters.Select = ["id", "displayName"];
                rc.QueryParameters.Top = Math.Clamp(max, 1, 999);
            },
            cancellationToken).ConfigureAwait(false);
        return [.. (page?.Value ?? []).Where(g => g.Id is not null).Select(g => new DirectoryGroup(g.Id!, g.DisplayName ?? g.Id!, DirectoryGroupKind.Group)).OrderBy(g => g.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>An object id is looked up directly; other text is matched as the start of a name or an
    /// address (Graph's <c>startswith</c> filter, one request of at most <paramref name="max"/> users).</summary>
    public async Task<IReadOnlyList<Employee>> FindPeopleAsync(string text, int max, CancellationToken cancellationToken = default)
    {
        var wanted = text?.Trim() ?? string.Empty;
        if (wanted.Length == 0)
        {
            return [];
        }

        if (Guid.TryParse(wanted, out _))
        {
            return await GetEmployeeAsync(wanted, cancellationToken).ConfigureAwait(false) is { } byId ? [byId] : [];
        }

        var literal = wanted.Replace("'", "''", StringComparison.Ordinal);
        var page = await graph.Users.GetAsync(
            rc =>
            {
                rc.QueryParameters.Select = UserFields;
                rc.QueryParameters.Filter = $"startswith(displayName,'{literal}') or startswith(mail,'{literal}') or startswith(userPrincipalName,'{literal}')";
                rc.QueryParameters.Top = Math.Clamp(max, 1, 999);
            },
            cancellationToken).ConfigureAwait(false);
        return [.. (page?.Value ?? []).Select(u => Map(u, managerId: null))];
    }

    internal Employee Map(User user, string? managerId) => new(
        user.Id ?? string.Empty,
        user.DisplayName ?? user.UserPrincipalName ?? user.Id ?? string.Empty,
        user.Mail ?? user.UserPrincipalName ?? string.Empty,
        user.Department,
        user.JobTitle,
        Level: null,
        user.OfficeLocation,
        TwoLetterLanguage(user.PreferredLanguage) ?? options.DefaultLanguage,
        user.EmployeeHireDate is { } hired ? DateOnly.FromDateTime(hired.UtcDateTime) : null,
        managerId);

    /// <summary>"nl-NL" → "nl"; null for empty or unusable values.</summary>
    internal static string? TwoLetterLanguage(string? preferredLanguage)
    {
        if (string.IsNullOrWhiteSpace(preferredLanguage))
        {
            return null;
        }

        var primary = preferredLanguage.Trim().Split('-', '_')[0];
        return primary.Length == 2 && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }
}
