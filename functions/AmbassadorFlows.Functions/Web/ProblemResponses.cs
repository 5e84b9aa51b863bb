namespace AmbassadorFlows.Functions.Web;

/// <summary>RFC 9457 problem details for every 4xx the APIs return.</summary>
public static class ProblemResponses
{
    public static IResult Problem(int status, string title, string detail, string? type = null)
        => Results.Problem(detail: detail, statusCode: status, title: title, type: type);

    /// <summary>400 naming each bad field: <c>{"errors": {"nominees[2]": ["..."]}}</c>.</summary>
    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors, string detail = "One or more fields are invalid.")
        => Results.ValidationProblem(errors.ToDictionary(), detail: detail, title: "The request is invalid.");

    /// <summary>True when the caller asked for JSON (APIs, scripts, tests) rather than a page.</summary>
    public static bool WantsJson(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
