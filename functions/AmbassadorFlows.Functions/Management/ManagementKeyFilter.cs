using System.Security.Cryptography;
using System.Text;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Management;

/// <summary>The management API's key check, as Functions does it: <c>?code=</c> or the
/// <c>x-functions-key</c> header; anything else is 401.</summary>
public sealed class ManagementKeyFilter : IEndpointFilter
{
    public const string HeaderName = "x-functions-key";
    private readonly byte[] _key;

    public ManagementKeyFilter(LocalSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _key = Encoding.UTF8.GetBytes(secrets.ManagementKey);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var given = request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(given))
        {
            given = request.Query["code"].ToString();
        }

        if (string.IsNullOrEmpty(given) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _key))
        {
            return ProblemResponses.Problem(StatusCodes.Status401Unauthorized, "Key required", $"Pass the management key as ?code= or the {HeaderName} header.");
        }

        return await next(context);
    }
}
