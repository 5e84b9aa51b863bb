namespace AmbassadorFlows.Functions.FunctionMetadata;

/// <summary>An HTTP function as function.json describes it. <see cref="Route"/> is the full path
/// template without the leading slash (host.json sets <c>routePrefix</c> to "" so URLs are the same
/// in both modes); <see cref="Methods"/> null means every method.</summary>
public sealed record HttpFunctionDescriptor(
    string Name,
    FunctionAuthorizationLevel AuthLevel,
    string Route,
    IReadOnlyList<string>? Methods);
