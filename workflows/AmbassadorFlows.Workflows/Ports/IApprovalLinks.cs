namespace AmbassadorFlows.Workflows.Ports;

/// <summary>Turns a pending approval into the URL a person clicks in an email. The app signs an
/// opaque, expiring token into it; workflows never build management URLs themselves.</summary>
public interface IApprovalLinks
{
    Uri CreateLink(PendingApproval approval);

    /// <summary>The person's own page (long-lived, revocable), which every email to an ambassador or
    /// a manager ends with; null where there is none (previews, tests).</summary>
    Task<Uri?> CreatePersonalLinkAsync(string employeeId, CancellationToken cancellationToken = default) => Task.FromResult<Uri?>(null);
}
