namespace AmbassadorFlows.Workflows.Messaging;

/// <summary>A rendered email. <see cref="BodySource"/> is the filled template body before
/// formatting, so a wrapper (the reminder) can embed it and keep its structure.</summary>
public sealed record RenderedMessage(string Template, string Language, string Subject, string HtmlBody, string TextBody)
{
    public string BodySource { get; init; } = string.Empty;
}
