using Microsoft.AspNetCore.HttpLogging;

namespace AmbassadorFlows.Functions.Observability;

/// <summary>Local mode's request lines (ASP.NET Core's HTTP logging, in place of the hosting "Request
/// starting" lines that carry the raw path): a link's path is logged with its token replaced.</summary>
public sealed class RedactingHttpLoggingInterceptor : IHttpLoggingInterceptor
{
    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        ArgumentNullException.ThrowIfNull(logContext);
        var path = logContext.HttpContext.Request.PathBase.Add(logContext.HttpContext.Request.Path).ToString();
        if (LinkRedaction.HasToken(path) && logContext.TryDisable(HttpLoggingFields.RequestPath))
        {
            logContext.AddParameter(nameof(HttpLoggingFields.RequestPath), LinkRedaction.Redact(path));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;
}
