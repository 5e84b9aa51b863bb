using AmbassadorFlows.Functions.Web;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace AmbassadorFlows.Functions.Azure;

/// <summary><see cref="SecurityHeaders"/> on every HTTP function's response, as local mode adds them
/// to every response (<c>UseSecurityHeaders</c>).</summary>
internal sealed class SecurityHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http)
        {
            SecurityHeaders.Apply(http.Response.Headers);
        }

        return next(context);
    }
}
