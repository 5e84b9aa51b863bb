using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>
/// HR acts on a person's data protection rights: <c>POST /api/people/{employeeId}/erasure</c> erases
/// them now (the same code path as the retention sweep), <c>GET /api/people/{employeeId}/data</c>
/// exports everything held about them as JSON. Both are audited with the signed-in caller. Shared
/// handlers: local mode maps them, Azure wraps them (<c>Azure/PrivacyFunctions.cs</c>).
/// </summary>
public static partial class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/people").WithTags("People");
        api.MapPost("/{employeeId}/erasure", EraseAsync).WithName("ErasePerson").WithSummary("Erase everything held about a person now, as the retention sweep does")
            .Produces<ErasureReport>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).DisableAntiforgery();
        api.MapGet("/{employeeId}/data", ExportAsync).WithName("ExportPerson").WithSummary("Everything held about a person, as JSON (their data export)")
            .Produces<PersonalDataExport>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>200 with what was erased; 409 while a journey of theirs still runs; 404 for an id nobody has
    /// (no audit line); 400 for an id that is no employee id.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> EraseAsync(string employeeId, HttpRequest request, [FromServices] PersonalDataEraser eraser, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(eraser);
        if (Invalid(employeeId) is { } invalid)
        {
            return invalid;
        }

        try
        {
            return Results.Ok(await eraser.EraseAsync(client, employeeId, AuditTrail.Actor(request.HttpContext), "erasure requested", cancellationToken));
        }
        catch (ErasureBlockedException ex)
        {
            return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Journey still running", ex.Message);
        }
        catch (UnknownPersonException ex)
        {
            return NotFound(ex);
        }
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ExportAsync(string employeeId, HttpRequest request, [FromServices] PersonalDataEraser eraser, [FromServices] AuditTrail audit, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(eraser);
        ArgumentNullException.ThrowIfNull(audit);
        if (Invalid(employeeId) is { } invalid)
        {
            return invalid;
        }

        PersonalDataExport export;
        try
        {
            export = await eraser.ExportAsync(client, employeeId, cancellationToken);
        }
        catch (UnknownPersonException ex)
        {
            return NotFound(ex);
        }

        await audit.PersonalDataReadAsync(request.HttpContext, PersonalDataEraser.AuditInstance, $"export of everything held about employee {employeeId}", cancellationToken);
        return Results.Ok(export);
    }

    private static IResult NotFound(UnknownPersonException ex)
        => ProblemResponses.Problem(StatusCodes.Status404NotFound, "No such person", ex.Message);

    /// <summary>True for a string shaped like an employee id (letters, digits, '-', '_', '.', at most 64).</summary>
    public static bool IsEmployeeId(string? employeeId) => EmployeeIdPattern().IsMatch(employeeId ?? string.Empty);

    private static IResult? Invalid(string employeeId)
        => IsEmployeeId(employeeId)
            ? null
            : ProblemResponses.Validation(new Dictionary<string, string[]> { ["employeeId"] = [$"'{employeeId}' is not an employee id (letters, digits, '-', '_', '.', at most 64)."] });

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,64}$")]
    private static partial Regex EmployeeIdPattern();
}
