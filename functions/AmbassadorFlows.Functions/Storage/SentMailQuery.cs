namespace AmbassadorFlows.Functions.Storage;

/// <summary>A page of the sent-mail log to read, newest first.</summary>
/// <param name="Words">Words of the subject or parts of an address (or the recipient's name): a message
/// matches when every word starts one of its words ("emma" finds emma.thompson@contoso.example); null for all.</param>
/// <param name="ToAddress">Only mail to this exact address (case-insensitive); null for anyone.</param>
/// <param name="After">Where the previous page ended (its <see cref="SentMailPage.Next"/>); null for the newest.</param>
/// <param name="PageSize">How many messages a page holds at most.</param>
public sealed record SentMailQuery(string? Words = null, string? ToAddress = null, string? After = null, int PageSize = 50);
