namespace AmbassadorFlows.Functions.CustomHandler;

/// <summary>The app's complete request pipeline (routing, middleware, endpoints), captured by
/// <see cref="CustomHandlerStartupFilter"/> so HTTP function envelopes can be replayed through it.</summary>
public sealed class CustomHandlerPipeline
{
    private RequestDelegate? _app;

    public void Set(RequestDelegate app) => _app = app;

    public Task Invoke(HttpContext context)
        => (_app ?? throw new InvalidOperationException("The application pipeline has not been built yet."))(context);
}
