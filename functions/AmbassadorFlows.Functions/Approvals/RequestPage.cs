using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// Everything a request page shows, in one language: the approval, the programme (the version the
/// journey runs), the person the request is about and the term it is for. Any of those may be
/// missing (purged instance, erased person): the page then shows what is left.
/// </summary>
public sealed record RequestPage(PendingApproval Approval, ApprovalPageText Text)
{
    public ProgrammeDefinition? Programme { get; init; }

    /// <summary>The employee the request is about (the applicant or ambassador; for HR's selection, nobody).</summary>
    public Employee? Subject { get; init; }

    /// <summary>The term's first day.</summary>
    public DateTimeOffset? TermStart { get; init; }

    /// <summary>The term's last day (inclusive, as people read "1 April 2026 to 31 March 2027").</summary>
    public DateTimeOffset? TermEnd { get; init; }

    public string Language => Text.Language;

    public RequestPageText Say => Text.Request;

    public TimeZoneInfo Zone => PageDates.Zone(Programme?.Meetings.TimeZone);

    /// <summary>A programme text in the page's language (the page's language is one the programme has),
    /// its placeholders filled in from the programme's settings.</summary>
    public string In(LocalizedText? text) => text is null ? string.Empty : Programme is { } programme ? text.In(Language, programme) : text.In(Language);

    public string Date(DateTimeOffset value) => PageDates.Date(value, Language, Zone);

    public string SubjectName => Subject?.DisplayName ?? Say.Employee;
}
