namespace AmbassadorFlows.Functions.Approvals;

/// <summary>Why a token was refused (or <see cref="Valid"/>).</summary>
public enum TokenValidation
{
    Valid,

    /// <summary>Not of our format, or the signature does not match: tampered or made up.</summary>
    Invalid,

    /// <summary>Signed by a key we no longer hold.</summary>
    UnknownKey,

    Expired,
}
