namespace AmbassadorFlows.Functions.CustomHandler;

/// <summary>
/// Puts the envelope middleware in front of everything else and captures the app's pipeline.
/// The app's own pipeline (WebApplication's routing, user middleware, endpoints) is built on a child
/// builder and kept in <see cref="CustomHandlerPipeline"/>; the outer pipeline is
/// envelope middleware → that pipeline. Why a startup filter: WebApplication adds routing before any
/// middleware the app registers, and an envelope must be unwrapped before routing sees the request.
/// </summary>
internal sealed class CustomHandlerStartupFilter(CustomHandlerPipeline pipeline) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var inner = app.New();
        next(inner);
        var appPipeline = inner.Build();
        pipeline.Set(appPipeline);
        app.UseMiddleware<CustomHandlerMiddleware>();
        app.Run(appPipeline);
    };
}
