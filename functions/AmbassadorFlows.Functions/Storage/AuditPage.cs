using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>A page of the audit trail, oldest first; <see cref="Next"/> reads on from it (null on the last page).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, string? Next);
