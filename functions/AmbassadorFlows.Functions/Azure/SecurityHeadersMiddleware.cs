using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The headers local mode adds to every response (<c>UseSecurityHeaders</c>), on every HTTP
/// function's response: no Referer leaks (links hold tokens), no sniffing, no framing by other sites.</summary>
internal sealed class SecurityHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http)
        {
            var headers = http.Response.Headers;
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
        }

        return next(context);
    }
}
