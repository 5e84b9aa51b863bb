namespace AmbassadorFlows.Functions.Approvals;

/// <summary>The answer form of one page view: the link's token, the anti-forgery field and, after a
/// refused answer, what the person typed and which fields were refused (by form field name).</summary>
public sealed record AnswerForm(string Token, string Field)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public string? Typed(string name) => Values.TryGetValue(name, out var value) ? value : null;

    public bool IsRefused(string name) => Errors.ContainsKey(name);
}
