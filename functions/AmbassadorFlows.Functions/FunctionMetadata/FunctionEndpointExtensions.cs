namespace AmbassadorFlows.Functions.FunctionMetadata;

public static class FunctionEndpointExtensions
{
    /// <summary>Publishes this route as the Azure Function <paramref name="name"/>, e.g.
    /// <c>app.MapPost("/api/cohorts", ...).AsFunction("CreateCohort")</c>. Routes without it stay
    /// local-only (for instance the management API, which the Durable extension serves in Azure).</summary>
    public static TBuilder AsFunction<TBuilder>(
        this TBuilder builder,
        string name,
        FunctionAuthorizationLevel authLevel = FunctionAuthorizationLevel.Function)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var metadata = new FunctionEndpoint(name, authLevel);
        return builder.WithMetadata(metadata);
    }
}
