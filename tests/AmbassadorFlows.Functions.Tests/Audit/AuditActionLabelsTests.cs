using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Tests.Audit;

/// <summary>Every audit action the code writes is in <see cref="AuditActions"/>, and HR reads each in
/// en, nl, fr and da through <see cref="WorkflowLabels.Action"/>; unknown actions show as stored.</summary>
public sealed class AuditActionLabelsTests
{
    public static TheoryData<string, string> ActionsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in AuditActions.All)
        {
            foreach (var (language, _) in PageLanguage.Supported)
            {
                data.Add(action, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActionsAndLanguages))]
    public void KnowsAction_EveryActionInEveryLanguage_HasItsOwnLabel(string action, string language)
    {
        Assert.True(WorkflowLabels.KnowsAction(action, language), $"'{action}' has no {language} label");
        if (language != PageLanguage.English)
        {
            Assert.NotEqual(WorkflowLabels.Action(Example(action), PageLanguage.English), WorkflowLabels.Action(Example(action), language));
        }
    }

    [Fact]
    public void All_EveryConstant_IsListed()
    {
        var constants = typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(StringComparer.Ordinal), AuditActions.All.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("decided application: apply", "da", "Ansøgning besvaret: Søg")]
    [InlineData("decided cohort-selection: approve", "fr", "Sélection de la cohorte – réponse : Approuver")]
    [InlineData("requested cohort-selection", "da", "Anmodning sendt: Udvælgelse til holdet")]
    [InlineData("request handed over", "nl", "Verzoek overgedragen")]
    [InlineData("step ManagerApproval", "en", "Step: Manager’s approval")]
    [InlineData("meeting of 2026-03-17 cancelled", "da", "Mødet den 17. marts 2026 aflyst")]
    [InlineData("cohort planned", "da", "Hold planlagt")]
    [InlineData("closed", "fr", "Demandes clôturées")]
    [InlineData("something new", "da", "something new")]
    public void Action_StoredAction_SaidInTheReadersLanguage(string stored, string language, string expected)
        => Assert.Equal(expected, WorkflowLabels.Action(stored, language));

    [Fact]
    public void WrittenActions_EveryAuditWriteInTheCode_MatchesAnAction()
    {
        var root = AzuriteFixture.RepositoryRoot();
        var files = new[] { "functions", "workflows" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var writes = files.SelectMany(f => AuditWrites.In(File.ReadAllText(f)).Select(w => (File: Path.GetRelativePath(root, f), Action: w))).ToList();

        // Enough writes were found that the scan reads the code (every write site, app and workflows).
        Assert.True(writes.Count >= 20, $"only {writes.Count} audit writes found: {string.Join(" | ", writes)}");
        Assert.Empty(writes.Where(w => !AuditWrites.Matches(w.Action)).Select(w => $"{w.File}: {w.Action}"));
    }

    [Fact]
    public void WrittenActions_ALiteralNoActionMatches_IsReported()
    {
        const string code = """
            await _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, now, "system", $"made up {input.Kind}", "x"), CancellationToken.None);
            await trail.RecordAsync(actor, instanceId, AuditActions.Purged, null, cancellationToken);
            """;

        var writes = AuditWrites.In(code);

        Assert.Equal(["$\"made up {input.Kind}\"", "AuditActions.Purged"], writes);
        Assert.False(AuditWrites.Matches(writes[0]));
        Assert.True(AuditWrites.Matches(writes[1]));
    }

    /// <summary>An action as stored, its parts filled in ("decided application: approve").</summary>
    private static string Example(string action)
        => action.Replace("{kind}", "application", StringComparison.Ordinal).Replace("{decision}", "approve", StringComparison.Ordinal)
            .Replace("{step}", "Training", StringComparison.Ordinal).Replace("{date}", "2026-03-17", StringComparison.Ordinal);
}
