using System.Text.RegularExpressions;

namespace AmbassadorFlows.Functions.FunctionMetadata;

/// <summary>Endpoint metadata marking a minimal-API route as an Azure Function: at publish it gets
/// its own <c>function.json</c> (httpTrigger + http out + durableClient), and in custom-handler
/// mode the host's envelope for <see cref="Name"/> is dispatched to this route. Add it with
/// <see cref="FunctionEndpointExtensions.AsFunction{TBuilder}"/>.</summary>
public sealed partial record FunctionEndpoint
{
    public FunctionEndpoint(string name, FunctionAuthorizationLevel authLevel = FunctionAuthorizationLevel.Function)
    {
        // The host refuses other names, and the name becomes a folder and a URL segment.
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid Azure Functions name (a letter, then letters, digits, '_' or '-').", nameof(name));
        }

        Name = name;
        AuthLevel = authLevel;
    }

    public string Name { get; }

    public FunctionAuthorizationLevel AuthLevel { get; }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
