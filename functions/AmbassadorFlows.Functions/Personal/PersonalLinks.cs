using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>Makes and checks personal links (<c>/me/{token}</c>): signed for one person at their
/// current link version, so rotating the version (or erasing the person) revokes every link issued before.</summary>
public sealed class PersonalLinks(PersonalTokenService tokens, IPersonalPageStore store, PublicUrls urls)
{
    public const string RoutePrefix = "me/";

    /// <summary>The person's link, or null once they are erased (no link is made for them again).</summary>
    public async Task<Uri?> CreateAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(employeeId);
        var state = await store.GetLinkAsync(employeeId, cancellationToken);
        return state.Erased ? null : urls.Absolute(RoutePrefix + tokens.Issue(employeeId, state.Version));
    }

    /// <summary>Revokes the person's links and returns the new one.</summary>
    public async Task<Uri> RotateAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        var version = await store.RotateLinkAsync(employeeId, cancellationToken);
        return urls.Absolute(RoutePrefix + tokens.Issue(employeeId, version));
    }

    /// <summary>Checks a token in full: signature and purpose (else <see cref="PersonalLinkCheck.Invalid"/>),
    /// then the person's current version (else <see cref="PersonalLinkCheck.Revoked"/>).</summary>
    public async Task<(PersonalLinkCheck Check, PersonalToken? Token)> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.Validate(token) is not { } parsed)
        {
            return (PersonalLinkCheck.Invalid, null);
        }

        var state = await store.GetLinkAsync(parsed.EmployeeId, cancellationToken);
        return state.Erased || state.Version != parsed.LinkVersion ? (PersonalLinkCheck.Revoked, parsed) : (PersonalLinkCheck.Valid, parsed);
    }
}

/// <summary>What a personal link leads to.</summary>
public enum PersonalLinkCheck
{
    Valid,

    /// <summary>Not ours, tampered with, or of another purpose (an approval token): 400.</summary>
    Invalid,

    /// <summary>Signed for an older link version, or the person was erased: 410.</summary>
    Revoked,
}
