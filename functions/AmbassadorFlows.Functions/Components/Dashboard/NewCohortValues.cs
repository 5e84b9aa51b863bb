namespace AmbassadorFlows.Functions.Components.Dashboard;

/// <summary>What HR typed into the "start a cohort" form, kept as typed so a refused form comes back
/// with everything in place.</summary>
public sealed record NewCohortValues(string ProgrammeId, string Audience, string HrOwner, string Nominees, string StartDate, string PostingDeadline)
{
    public const string ProgrammeField = "programmeId";
    public const string AudienceField = "audience";
    public const string HrOwnerField = "hrOwner";
    public const string NomineesField = "nominees";
    public const string StartDateField = "startDate";
    public const string DeadlineField = "postingDeadline";

    public static NewCohortValues Empty(DateOnly today) => new(string.Empty, string.Empty, string.Empty, string.Empty, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), string.Empty);

    public static NewCohortValues From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Field(string name) => form[name].ToString().Trim();
        return new(Field(ProgrammeField), Field(AudienceField), Field(HrOwnerField), form[NomineesField].ToString(), Field(StartDateField), Field(DeadlineField));
    }

    /// <summary>The nominees as typed, one per line (commas and semicolons also separate them).</summary>
    public IReadOnlyList<string> NomineeEntries()
        => Nominees.Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
