using System.Globalization;

namespace AmbassadorFlows.Workflows.Programmes;

/// <summary>Checks a programme before anyone can start a cohort on it. Every problem is reported
/// at once, each naming the field, so an HR author can fix the file in one go.</summary>
public static class ProgrammeValidator
{
    public static readonly IReadOnlySet<string> SupportedLanguages = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "en", "nl", "fr", "da" };

    public static IReadOnlyList<string> Validate(ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var errors = new List<string>();
        void Check(bool ok, string error)
        {
            if (!ok)
            {
                errors.Add(error);
            }
        }

        Check(!string.IsNullOrWhiteSpace(programme.Id) && programme.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'),
            $"id must be lower-case letters, digits and dashes (got '{programme.Id}')");
        Check(programme.Version >= 1, $"version must be 1 or more (got {programme.Version})");
        Check(programme.Languages is { Count: > 0 }, "languages must list at least one language");
        foreach (var language in programme.Languages ?? [])
        {
            Check(SupportedLanguages.Contains(language), $"languages: '{language}' is not one of en, nl, fr, da");
        }

        var languages = programme.Languages ?? [];
        CheckText(programme.Name, "name");
        CheckText(programme.Purpose, "purpose");
        Check(!string.IsNullOrWhiteSpace(programme.Theme), "theme is required");
        Check(programme.TaskPlan is { Count: > 0 }, "taskPlan must list at least one task");
        CheckTexts(programme.TaskPlan, "taskPlan");
        if (programme.Posting is null)
        {
            errors.Add("posting is required");
        }
        else
        {
            CheckText(programme.Posting.Summary, "posting.summary");
            Check(programme.Posting.Responsibilities is { Count: > 0 }, "posting.responsibilities must list at least one responsibility");
            Check(programme.Posting.Expectations is { Count: > 0 }, "posting.expectations must list at least one expectation");
            CheckTexts(programme.Posting.Responsibilities, "posting.responsibilities");
            CheckTexts(programme.Posting.Expectations, "posting.expectations");
            Check(programme.Posting.ApplicationWindowDays is >= 1 and <= 90, $"posting.applicationWindowDays must be 1–90 (got {programme.Posting.ApplicationWindowDays})");
        }

        Check(programme.TimeBudgetHoursPerMonth is > 0 and <= 40, $"timeBudgetHoursPerMonth must be more than 0 and at most 40 (got {programme.TimeBudgetHoursPerMonth})");
        Check(programme.TermMonths is >= 1 and <= 36, $"termMonths must be 1–36: the role is limited in time (got {programme.TermMonths})");
        Check(programme.MaxTerms is >= 1 and <= 3, $"maxTerms must be 1–3 (got {programme.MaxTerms})");
        if (programme.Meetings is null)
        {
            errors.Add("meetings is required");
        }
        else
        {
            var m = programme.Meetings;
            Check(m.WeekOfMonth is >= 1 and <= 5, $"meetings.weekOfMonth must be 1–5, 5 meaning the last (got {m.WeekOfMonth})");
            Check(TimeOnly.TryParseExact(m.StartTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"meetings.startTime must be HH:mm (got '{m.StartTime}')");
            Check(TimeZoneInfo.TryFindSystemTimeZoneById(m.TimeZone ?? string.Empty, out _), $"meetings.timeZone '{m.TimeZone}' is not a known time zone");
            Check(m.DurationMinutes is >= 15 and <= 480, $"meetings.durationMinutes must be 15–480 (got {m.DurationMinutes})");
            Check(m.InviteDaysBefore is >= 1 and <= 21, $"meetings.inviteDaysBefore must be 1–21 (got {m.InviteDaysBefore})");
            Check(m.SummaryDaysAfter is >= 1 and <= 14, $"meetings.summaryDaysAfter must be 1–14 (got {m.SummaryDaysAfter})");
            Check(m.GroupSize is >= MeetingCadence.MinGroupSize and <= MeetingCadence.MaxGroupSize, $"meetings.groupSize must be {MeetingCadence.MinGroupSize}–{MeetingCadence.MaxGroupSize} (got {m.GroupSize})");
            Check(m.GroupBy is null || MeetingCadence.Groupings.Contains(m.GroupBy, StringComparer.Ordinal), $"meetings.groupBy must be one of {string.Join(", ", MeetingCadence.Groupings)}, or left out for by region (got '{m.GroupBy}')");
        }

        // Optional: absent means the defaults; present, each threshold must be one a rule can meet.
        if (programme.AtRisk is { } risk)
        {
            Check(risk.MissedMeetingsInARow is >= 1 and <= 12, $"atRisk.missedMeetingsInARow must be 1–12 (got {risk.MissedMeetingsInARow})");
            Check(risk.MonthsWithoutCheckIn is >= 1 and <= 12, $"atRisk.monthsWithoutCheckIn must be 1–12 (got {risk.MonthsWithoutCheckIn})");
            Check(risk.NoTimeInARow is >= 1 and <= 12, $"atRisk.noTimeInARow must be 1–12 (got {risk.NoTimeInARow})");
            Check(double.IsFinite(risk.HoursOverBudgetFactor) && risk.HoursOverBudgetFactor is >= 1 and <= 10, $"atRisk.hoursOverBudgetFactor must be 1–10 (got {risk.HoursOverBudgetFactor.ToString(CultureInfo.InvariantCulture)})");
            Check(double.IsFinite(risk.HoursUnderBudgetFactor) && risk.HoursUnderBudgetFactor is >= 0 and < 1, $"atRisk.hoursUnderBudgetFactor must be 0 or more and below 1, 0 turning the rule off (got {risk.HoursUnderBudgetFactor.ToString(CultureInfo.InvariantCulture)})");
        }

        Check(programme.Training is not null, "training is required (an empty list is allowed)");
        var moduleIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (module, i) in (programme.Training ?? []).Select((m, i) => (m, i)))
        {
            Check(!string.IsNullOrWhiteSpace(module.Id) && moduleIds.Add(module.Id), $"training[{i}].id must be present and unique (got '{module.Id}')");
            CheckText(module.Title, $"training[{i}].title");
            Check(module.Link is { IsAbsoluteUri: true } && module.Link.Scheme == Uri.UriSchemeHttps, $"training[{i}].link must be an absolute https URL");
            Check(module.DueWithinDays is >= 1 and <= 180, $"training[{i}].dueWithinDays must be 1–180 (got {module.DueWithinDays})");
        }

        if (programme.ManagerApproval is null)
        {
            errors.Add("managerApproval is required");
        }
        else
        {
            var a = programme.ManagerApproval;
            Check(a.ReminderAfterDays >= 1, $"managerApproval.reminderAfterDays must be 1 or more (got {a.ReminderAfterDays})");
            Check(a.EscalateToHrAfterDays > a.ReminderAfterDays, $"managerApproval.escalateToHrAfterDays ({a.EscalateToHrAfterDays}) must come after reminderAfterDays ({a.ReminderAfterDays})");
            Check(a.TimeoutAfterDays > a.EscalateToHrAfterDays, $"managerApproval.timeoutAfterDays ({a.TimeoutAfterDays}) must come after escalateToHrAfterDays ({a.EscalateToHrAfterDays})");
        }

        CheckPolicy(programme.Selection, "selection");
        CheckPolicy(programme.Agreement, "agreement");
        CheckPolicy(programme.Renewal, "renewal");
        Check(programme.TrainingPolicy is { ReminderDaysBeforeDue: >= 0 }, "trainingPolicy.reminderDaysBeforeDue must be 0 or more");
        Check(programme.Feedback is { Cadence: "monthly" }, $"feedback.cadence must be 'monthly' (got '{programme.Feedback?.Cadence}')");
        Check(programme.Feedback is { OffboardingWindowDays: >= 1 and <= 60 }, "feedback.offboardingWindowDays must be 1–60");
        Check(programme.RetentionDaysAfterWithdrawal is >= 0 and <= 3650, $"retentionDaysAfterWithdrawal must be 0–3650 (got {programme.RetentionDaysAfterWithdrawal})");
        return errors;

        void CheckPolicy(ResponsePolicy? policy, string field)
        {
            if (policy is null)
            {
                errors.Add($"{field} is required");
                return;
            }

            Check(policy.ReminderAfterDays >= 1, $"{field}.reminderAfterDays must be 1 or more (got {policy.ReminderAfterDays})");
            Check(policy.TimeoutAfterDays > policy.ReminderAfterDays, $"{field}.timeoutAfterDays ({policy.TimeoutAfterDays}) must come after reminderAfterDays ({policy.ReminderAfterDays})");
        }

        void CheckTexts(IReadOnlyList<LocalizedText>? texts, string field)
        {
            foreach (var (text, i) in (texts ?? []).Select((t, i) => (t, i)))
            {
                CheckText(text, $"{field}[{i}]");
            }
        }

        void CheckText(LocalizedText? text, string field)
        {
            if (text is null)
            {
                errors.Add($"{field} is required");
                return;
            }

            foreach (var language in languages)
            {
                Check(text.TryGetValue(language, out var value) && !string.IsNullOrWhiteSpace(value), $"{field} has no '{language}' text");
            }

            // Every language written, not only the programme's: a placeholder nobody can fill is a mistake wherever it is.
            foreach (var (language, value) in text.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                foreach (var unknown in ProgrammePlaceholders.Unknown(value))
                {
                    errors.Add($"{field}.{language} refers to {{{unknown}}}, which is not a setting; use one of {string.Join(", ", ProgrammePlaceholders.Names.Select(n => "{" + n + "}"))}");
                }
            }
        }
    }
}
