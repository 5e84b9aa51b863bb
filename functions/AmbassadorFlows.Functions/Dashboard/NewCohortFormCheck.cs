using System.Globalization;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.People;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// Checks HR's "start a cohort" form field by field, in the reader's language, and turns it into the
/// same request the HR API starts (<see cref="CreateCohortRequest"/>): people typed as names or
/// addresses are resolved through the directory, the rules on audience and dates are the API's
/// (<see cref="CohortRequestParser"/>). Every problem is reported at once; nothing starts unless all is right.
/// </summary>
public static class NewCohortFormCheck
{
    public static async Task<(CreateCohortRequest? Request, Dictionary<string, string> Errors)> CheckAsync(
        NewCohortValues values,
        NewCohortText text,
        DateOnly today,
        IProgrammeCatalog catalog,
        IDirectory directory,
        IDirectorySearch search,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(search);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string Date(DateOnly date) => PageDates.Date(date, text.Language);

        if (values.ProgrammeId.Length == 0)
        {
            errors[NewCohortValues.ProgrammeField] = text.Required;
        }
        else if (await catalog.FindAsync(values.ProgrammeId, null, cancellationToken) is null)
        {
            errors[NewCohortValues.ProgrammeField] = text.UnknownProgramme;
        }

        if (values.Audience.Length == 0)
        {
            errors[NewCohortValues.AudienceField] = text.Required;
        }
        else if (values.Audience.Length > 100 || (await directory.GetGroupMembersAsync(values.Audience, cancellationToken)).Count == 0)
        {
            errors[NewCohortValues.AudienceField] = text.Format(text.UnknownAudience, values.Audience);
        }

        string? hrOwner = null;
        if (values.HrOwner.Length == 0)
        {
            errors[NewCohortValues.HrOwnerField] = text.Required;
        }
        else if (await PersonAsync(values.HrOwner) is { } owner)
        {
            hrOwner = owner;
        }

        var nominees = new List<string>();
        var entries = values.NomineeEntries();
        if (entries.Count > CohortRequestParser.MaxNominees)
        {
            errors[NewCohortValues.NomineesField] = text.Format(text.TooManyNominees, CohortRequestParser.MaxNominees);
        }
        else
        {
            var problems = new List<string>();
            foreach (var entry in entries)
            {
                var match = await PersonMatch.ResolveAsync(search, entry, cancellationToken);
                if (match.Employee is not { } employee)
                {
                    problems.Add(Unresolved(match));
                }
                else if (nominees.Contains(employee.Id, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add(text.Format(text.ListedTwice, employee.DisplayName));
                }
                else
                {
                    nominees.Add(employee.Id);
                }
            }

            if (problems.Count > 0)
            {
                errors[NewCohortValues.NomineesField] = string.Join(" ", problems.Distinct(StringComparer.Ordinal));
            }
        }

        var start = ParseDate(values.StartDate, NewCohortValues.StartDateField, required: true);
        var deadline = ParseDate(values.PostingDeadline, NewCohortValues.DeadlineField, required: false);
        if (start is { } s && s < today)
        {
            errors[NewCohortValues.StartDateField] = text.Format(text.StartInThePast, Date(today));
        }

        if (start is { } from && deadline is { } end)
        {
            if (end <= from)
            {
                errors[NewCohortValues.DeadlineField] = text.Format(text.DeadlineNotAfterStart, Date(from));
            }
            else if (end > from.AddDays(CohortRequestParser.MaxPostingDays))
            {
                errors[NewCohortValues.DeadlineField] = text.Format(text.DeadlineTooLate, Date(from.AddDays(CohortRequestParser.MaxPostingDays)));
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new CreateCohortRequest(values.ProgrammeId, null, start!.Value, deadline, nominees, hrOwner!, values.Audience), errors);

        async Task<string?> PersonAsync(string typed)
        {
            var match = await PersonMatch.ResolveAsync(search, typed, cancellationToken);
            if (match.Employee is { } employee)
            {
                return employee.Id;
            }

            errors[NewCohortValues.HrOwnerField] = Unresolved(match);
            return null;
        }

        string Unresolved(PersonMatch match) => match.Candidates.Count == 0
            ? text.Format(text.NobodyMatches, match.Typed)
            : text.Format(text.SeveralMatch, match.Typed, string.Join(", ", match.Candidates.Select(c => $"{c.DisplayName} <{c.Email}>")));

        DateOnly? ParseDate(string typed, string field, bool required)
        {
            if (typed.Length == 0)
            {
                if (required)
                {
                    errors[field] = text.Required;
                }

                return null;
            }

            if (DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors[field] = text.Format(text.NotADate, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return null;
        }
    }
}
