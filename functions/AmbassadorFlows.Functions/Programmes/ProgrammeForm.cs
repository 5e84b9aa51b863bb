using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>
/// The programme editor's form as typed: every field by the path the validator and the diff use
/// (<c>posting.summary.fr</c>, <c>training[1].link</c>), so a refused form comes back exactly as sent and
/// each message lands next to its field. Lists grow and shrink by index; numbers stay text until saved.
/// </summary>
public sealed partial class ProgrammeForm
{
    /// <summary>The submit button's name: <c>save</c>, <c>add:{list}</c> or <c>remove:{list}:{index}</c>.</summary>
    public const string ActionField = "action";

    public const string Save = "save";

    /// <summary>Training modules: an id, a title in each language, a link and a deadline each.</summary>
    public const string Modules = "training";

    /// <summary>No list needs more; the bound keeps a crafted form from growing the page without end.</summary>
    public const int MaxItems = 30;

    /// <summary>The languages a text is written in, side by side, in the order the dashboard offers them.</summary>
    public static IReadOnlyList<string> AllLanguages { get; } = ["en", "nl", "fr", "da"];

    /// <summary>The lists of texts (one text per item).</summary>
    public static IReadOnlyList<string> TextLists { get; } = ["taskPlan", "posting.responsibilities", "posting.expectations"];

    /// <summary>Whole numbers with the range the validator accepts (days, minutes, months, terms).</summary>
    private static readonly (string Path, int Min, int Max)[] WholeNumbers =
    [
        ("posting.applicationWindowDays", 1, 90), ("termMonths", 1, 36), ("maxTerms", 1, 3),
        ("meetings.weekOfMonth", 1, 5), ("meetings.durationMinutes", 15, 480), ("meetings.inviteDaysBefore", 1, 21), ("meetings.summaryDaysAfter", 1, 14), ("meetings.groupSize", MeetingCadence.MinGroupSize, MeetingCadence.MaxGroupSize),
        ("trainingPolicy.reminderDaysBeforeDue", 0, 60),
        ("managerApproval.reminderAfterDays", 1, 365), ("managerApproval.escalateToHrAfterDays", 1, 365), ("managerApproval.timeoutAfterDays", 1, 365),
        ("selection.reminderAfterDays", 1, 365), ("selection.timeoutAfterDays", 1, 365),
        ("agreement.reminderAfterDays", 1, 365), ("agreement.timeoutAfterDays", 1, 365),
        ("renewal.reminderAfterDays", 1, 365), ("renewal.timeoutAfterDays", 1, 365),
        ("feedback.offboardingWindowDays", 1, 60), ("retentionDaysAfterWithdrawal", 0, 3650),
        ("atRisk.missedMeetingsInARow", 1, 12), ("atRisk.monthsWithoutCheckIn", 1, 12), ("atRisk.noTimeInARow", 1, 12),
    ];

    /// <summary>The meetings' Teams checkbox: posted with this value when ticked, absent when not.</summary>
    public const string Ticked = "true";

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    private ProgrammeForm()
    {
    }

    /// <summary>What was typed in the field (empty when nothing).</summary>
    public string this[string path] => _values.TryGetValue(path, out var value) ? value : string.Empty;

    /// <summary>How many items the list has.</summary>
    public int Count(string list) => _counts.GetValueOrDefault(list);

    /// <summary>The programme's languages as ticked, in the order they were ticked.</summary>
    public IReadOnlyList<string> Languages => [.. this["languages"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(AllLanguages.Contains).Distinct()];

    /// <summary>A field's HTML id: its path with the brackets and dots made dashes.</summary>
    public static string IdOf(string path) => NotIdChar().Replace(path, "-").TrimEnd('-');

    /// <summary>The form filled with a programme, every field as the editor shows it.</summary>
    public static ProgrammeForm From(ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var form = new ProgrammeForm();
        form.Flatten(JsonNode.Parse(WorkflowJson.Serialize(programme)), string.Empty);
        form._values["languages"] = string.Join(',', programme.Languages);
        foreach (var list in TextLists.Append(Modules))
        {
            form._counts[list] = list switch
            {
                "taskPlan" => programme.TaskPlan.Count,
                "posting.responsibilities" => programme.Posting.Responsibilities.Count,
                "posting.expectations" => programme.Posting.Expectations.Count,
                _ => programme.Training.Count,
            };
        }

        return form;
    }

    /// <summary>The form as posted: list items renumbered in order (so a removed one leaves no gap).</summary>
    public static ProgrammeForm From(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var form = new ProgrammeForm();
        var items = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var raw = new List<(string List, int Index, string Field, string Value)>();
        foreach (var (key, value) in posted)
        {
            if (key == "languages")
            {
                form._values[key] = string.Join(',', value.ToArray());
                continue;
            }

            if (ListItem().Match(key) is { Success: true } item)
            {
                if (int.TryParse(item.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < 1000)
                {
                    var list = item.Groups[1].Value;
                    if (!items.TryGetValue(list, out var indices))
                    {
                        indices = [];
                        items[list] = indices;
                    }

                    if (indices.Contains(index) || indices.Count < MaxItems)
                    {
                        indices.Add(index);
                        raw.Add((list, index, item.Groups[3].Value, value.ToString()));
                    }
                }

                continue;
            }

            form._values[key] = value.ToString();
        }

        foreach (var (list, index, field, value) in raw)
        {
            var position = items[list].GetViewBetween(int.MinValue, index).Count - 1;
            form._values[$"{list}[{position}]{field}"] = value;
        }

        foreach (var list in TextLists.Append(Modules))
        {
            form._counts[list] = items.TryGetValue(list, out var indices) ? indices.Count : 0;
        }

        return form;
    }

    /// <summary>Applies an add or remove button; false for anything else (save, or nothing).</summary>
    public bool Apply(string? action)
    {
        var parts = (action ?? string.Empty).Split(':');
        var list = parts.Length > 1 ? parts[1] : string.Empty;
        if (!TextLists.Contains(list) && list != Modules)
        {
            return false;
        }

        if (parts is ["add", _] && Count(list) < MaxItems)
        {
            _counts[list] = Count(list) + 1;
            return true;
        }

        if (parts is ["remove", _, var at] && int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Count(list))
        {
            var prefix = list + "[";
            for (var i = index; i < Count(list); i++)
            {
                foreach (var key in _values.Keys.Where(k => k.StartsWith($"{prefix}{i}]", StringComparison.Ordinal)).ToList())
                {
                    _values.Remove(key);
                }

                foreach (var key in _values.Keys.Where(k => k.StartsWith($"{prefix}{i + 1}]", StringComparison.Ordinal)).ToList())
                {
                    _values[$"{prefix}{i}]{key[$"{prefix}{i + 1}]".Length..]}"] = _values[key];
                    _values.Remove(key);
                }
            }

            _counts[list] = Count(list) - 1;
            return true;
        }

        return false;
    }

    /// <summary>The paths of every text in the form (one per text, its languages below it).</summary>
    public IEnumerable<string> TextPaths()
    {
        yield return "name";
        yield return "purpose";
        yield return "posting.summary";
        foreach (var list in TextLists)
        {
            for (var i = 0; i < Count(list); i++)
            {
                yield return $"{list}[{i}]";
            }
        }

        for (var i = 0; i < Count(Modules); i++)
        {
            yield return $"{Modules}[{i}].title";
        }
    }

    /// <summary>The programme's languages this text is not written in yet.</summary>
    public IReadOnlyList<string> MissingLanguages(string text)
        => [.. Languages.Where(l => this[$"{text}.{l}"].Trim().Length == 0)];

    /// <summary>Every text not yet written in all the programme's languages (a warning: saving works).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Warnings()
        => TextPaths().Select(p => (p, Missing: MissingLanguages(p))).Where(t => t.Missing.Count > 0 && !IsEmpty(t.p))
            .ToDictionary(t => t.p, t => t.Missing, StringComparer.Ordinal);

    /// <summary>The programme as JSON, as the JSON editor sends it, or the problems by field (messages from
    /// <paramref name="say"/>, in the reader's language) when a field cannot be read.</summary>
    public (string? Json, IReadOnlyDictionary<string, string> Errors) ToJson(string id, ProgrammeFormMessages say)
    {
        ArgumentNullException.ThrowIfNull(say);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        void Fail(string path, string message) => errors.TryAdd(path, message);

        var languages = Languages;
        if (languages.Count == 0)
        {
            Fail("languages", say.NoLanguage);
        }

        JsonObject? Text(string path)
        {
            var text = new JsonObject();
            foreach (var language in AllLanguages)
            {
                var value = this[$"{path}.{language}"].Trim();
                if (value.Length == 0)
                {
                    continue;
                }

                text[language] = value;
                if (ProgrammePlaceholders.Unknown(value) is { Count: > 0 } unknown)
                {
                    Fail($"{path}.{language}", say.UnknownPlaceholder("{" + unknown[0] + "}", string.Join(", ", ProgrammePlaceholders.Names.Select(n => "{" + n + "}"))));
                }
            }

            if (text.Count == 0)
            {
                Fail(path, say.TextRequired);
            }

            return text;
        }

        JsonArray Texts(string list) => [.. Enumerable.Range(0, Count(list)).Select(i => Text($"{list}[{i}]"))];

        string Required(string path)
        {
            var value = this[path].Trim();
            if (value.Length == 0)
            {
                Fail(path, say.Required);
            }

            return value;
        }

        int Whole(string path, int min, int max)
        {
            var value = this[path].Trim();
            if (value.Length == 0)
            {
                Fail(path, say.Required);
            }
            else if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                Fail(path, say.NotAWholeNumber);
            }
            else if (number < min || number > max)
            {
                Fail(path, say.OutOfRange(min, max));
            }
            else
            {
                return number;
            }

            return min;
        }

        int Number(string path)
        {
            var (_, min, max) = WholeNumbers.Single(n => n.Path == path);
            return Whole(path, min, max);
        }

        void After(string later, string earlier, string earlierLabel)
        {
            if (!errors.ContainsKey(later) && !errors.ContainsKey(earlier) && Number(later) <= Number(earlier))
            {
                Fail(later, say.MustComeAfter(earlierLabel));
            }
        }

        JsonObject Policy(string name) => new() { ["reminderAfterDays"] = Number($"{name}.reminderAfterDays"), ["timeoutAfterDays"] = Number($"{name}.timeoutAfterDays") };

        // Decimals as the reader writes them: "2,5" and "2.5" alike (the number box sends a point either way).
        double Decimal(string path, double min, double max, bool maxExcluded = false)
        {
            var typed = this[path].Trim().Replace(',', '.');
            if (typed.Length == 0)
            {
                Fail(path, say.Required);
            }
            else if (!double.TryParse(typed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                Fail(path, say.NotANumber);
            }
            else if (number < min || number > max || (maxExcluded && number >= max))
            {
                Fail(path, say.OutOfRange(min, maxExcluded ? max - 0.01 : max));
            }
            else
            {
                return number;
            }

            return min;
        }

        var budget = Decimal("timeBudgetHoursPerMonth", 0.5, 40);

        var startTime = Required("meetings.startTime");
        if (startTime.Length > 0 && !TimeOnly.TryParseExact(startTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Fail("meetings.startTime", say.NotATime);
        }

        var zone = Required("meetings.timeZone");
        if (zone.Length > 0 && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            Fail("meetings.timeZone", say.UnknownTimeZone);
        }

        var day = this["meetings.dayOfWeek"];
        if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: false, out _) || int.TryParse(day, out _))
        {
            Fail("meetings.dayOfWeek", say.Required);
        }

        var role = this["role"];
        if (!Enum.TryParse<AmbassadorRole>(role, ignoreCase: false, out _) || int.TryParse(role, out _))
        {
            Fail("role", say.Required);
        }

        var meetings = new JsonObject
        {
            ["dayOfWeek"] = day,
            ["weekOfMonth"] = Number("meetings.weekOfMonth"),
            ["startTime"] = startTime,
            ["timeZone"] = zone,
            ["durationMinutes"] = Number("meetings.durationMinutes"),
            ["inviteDaysBefore"] = Number("meetings.inviteDaysBefore"),
            ["summaryDaysAfter"] = Number("meetings.summaryDaysAfter"),
            ["groupSize"] = Number("meetings.groupSize"),
        };
        if (this["meetings.location"].Trim() is { Length: > 0 } location)
        {
            meetings["location"] = location;
        }

        meetings["onlineMeeting"] = this["meetings.onlineMeeting"] == Ticked;

        // Left empty, the programme sets no grouping and the default applies (by region when the directory has regions).
        if (this["meetings.groupBy"] is { Length: > 0 } groupBy)
        {
            if (MeetingCadence.Groupings.Contains(groupBy, StringComparer.Ordinal))
            {
                meetings["groupBy"] = groupBy;
            }
            else
            {
                Fail("meetings.groupBy", say.Required);
            }
        }

        var moduleIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var training = new JsonArray();
        for (var i = 0; i < Count(Modules); i++)
        {
            var path = $"{Modules}[{i}]";
            var moduleId = this[$"{path}.id"].Trim();
            if (moduleId.Length == 0 || !moduleId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || !moduleIds.Add(moduleId))
            {
                Fail($"{path}.id", say.DuplicateId);
            }

            var link = this[$"{path}.link"].Trim();
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                Fail($"{path}.link", say.NotHttps);
            }

            training.Add(new JsonObject
            {
                ["id"] = moduleId,
                ["title"] = Text($"{path}.title"),
                ["link"] = link,
                ["dueWithinDays"] = Whole($"{path}.dueWithinDays", 1, 180),
            });
        }

        var programme = new JsonObject
        {
            ["id"] = id,
            ["version"] = 1, // publishing sets it
            ["languages"] = new JsonArray([.. languages.Select(l => (JsonNode)l)]),
            ["name"] = Text("name"),
            ["theme"] = Required("theme"),
            ["purpose"] = Text("purpose"),
            ["role"] = role,
            ["taskPlan"] = Texts("taskPlan"),
            ["posting"] = new JsonObject
            {
                ["summary"] = Text("posting.summary"),
                ["responsibilities"] = Texts("posting.responsibilities"),
                ["expectations"] = Texts("posting.expectations"),
                ["applicationWindowDays"] = Number("posting.applicationWindowDays"),
            },
            ["timeBudgetHoursPerMonth"] = budget,
            ["termMonths"] = Number("termMonths"),
            ["maxTerms"] = Number("maxTerms"),
            ["meetings"] = meetings,
            ["training"] = training,
            ["trainingPolicy"] = new JsonObject { ["reminderDaysBeforeDue"] = Number("trainingPolicy.reminderDaysBeforeDue") },
            ["managerApproval"] = new JsonObject
            {
                ["approverRole"] = this["managerApproval.approverRole"] is { Length: > 0 } approver ? approver : "line-manager",
                ["reminderAfterDays"] = Number("managerApproval.reminderAfterDays"),
                ["escalateToHrAfterDays"] = Number("managerApproval.escalateToHrAfterDays"),
                ["timeoutAfterDays"] = Number("managerApproval.timeoutAfterDays"),
            },
            ["selection"] = Policy("selection"),
            ["agreement"] = Policy("agreement"),
            ["renewal"] = Policy("renewal"),
            ["feedback"] = new JsonObject { ["cadence"] = "monthly", ["offboardingWindowDays"] = Number("feedback.offboardingWindowDays") },
            ["retentionDaysAfterWithdrawal"] = Number("retentionDaysAfterWithdrawal"),
            ["atRisk"] = new JsonObject
            {
                ["missedMeetingsInARow"] = Number("atRisk.missedMeetingsInARow"),
                ["monthsWithoutCheckIn"] = Number("atRisk.monthsWithoutCheckIn"),
                ["noTimeInARow"] = Number("atRisk.noTimeInARow"),
                ["hoursOverBudgetFactor"] = Decimal("atRisk.hoursOverBudgetFactor", 1, 10),
                ["hoursUnderBudgetFactor"] = Decimal("atRisk.hoursUnderBudgetFactor", 0, 1, maxExcluded: true),
            },
        };

        After("managerApproval.escalateToHrAfterDays", "managerApproval.reminderAfterDays", say.ReminderLabel);
        After("managerApproval.timeoutAfterDays", "managerApproval.escalateToHrAfterDays", say.EscalateLabel);
        foreach (var policy in new[] { "selection", "agreement", "renewal" })
        {
            After($"{policy}.timeoutAfterDays", $"{policy}.reminderAfterDays", say.ReminderLabel);
        }

        foreach (var list in TextLists.Where(l => Count(l) == 0))
        {
            Fail(list, say.TextRequired); // the training may be empty, these lists may not
        }

        return errors.Count > 0 ? (null, errors) : (programme.ToJsonString(), errors);
    }

    private bool IsEmpty(string text) => AllLanguages.All(l => this[$"{text}.{l}"].Trim().Length == 0);

    private void Flatten(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Flatten(value, path.Length == 0 ? name : $"{path}.{name}");
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{path}[{i}]");
                }

                break;
            case JsonValue value:
                _values[path] = value.ToJsonString() is ['"', ..] ? value.GetValue<string>() : value.ToJsonString();
                break;
        }
    }

    [GeneratedRegex(@"^(taskPlan|posting\.responsibilities|posting\.expectations|training)\[(\d{1,4})\](.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[^A-Za-z0-9_-]+")]
    private static partial Regex NotIdChar();
}

/// <summary>The form's messages in the reader's language (<see cref="Components.Programmes.ProgrammeText"/>).</summary>
public sealed record ProgrammeFormMessages(
    string Required,
    string TextRequired,
    string NotAWholeNumber,
    string NotANumber,
    string NotATime,
    string UnknownTimeZone,
    string NotHttps,
    string DuplicateId,
    string NoLanguage,
    string ReminderLabel,
    string EscalateLabel,
    Func<object, object, string> OutOfRange,
    Func<string, string> MustComeAfter,
    Func<string, string, string> UnknownPlaceholder);
