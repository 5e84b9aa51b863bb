using AmbassadorFlows.Workflows.Ports;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace AmbassadorFlows.Functions.Integrations.Graph;

/// <summary><see cref="IDirectory"/> over Microsoft Graph: users (with manager), and all pages of
/// a group's user members. officeLocation is used as the region; preferredLanguage is cut to its
/// two-letter code. Graph has no "level", so <see cref="Employee.Level"/> stays empty.</summary>
public sealed class GraphDirectory(GraphServiceClient graph, GraphOptions options) : IDirectory
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
