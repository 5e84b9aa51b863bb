using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AmbassadorFlows.Infra.Tests;

/// <summary>
/// Read-only view of a compiled ARM template: resources of nested module deployments, and the
/// variables they reference. Bicep emits compile-time values (role ids, settings objects) as
/// template variables, so resolving <c>variables('x')</c> reaches the real values.
/// </summary>
internal sealed partial class ArmTemplate
{
    public ArmTemplate(JsonObject root, string moduleName = "main", ArmTemplate? parent = null, JsonObject? passedParameters = null)
    {
        Root = root;
        ModuleName = moduleName;
        Parent = parent;
        PassedParameters = passedParameters ?? [];
    }

    public JsonObject Root { get; }

    public string ModuleName { get; }

    public ArmTemplate? Parent { get; }

    /// <summary>The parameter values the parent deployment passes to this module.</summary>
    public JsonObject PassedParameters { get; }

    public IEnumerable<JsonObject> OwnResources =>
        Root["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            // languageVersion 2.0 templates key resources by symbolic name.
            JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };

    public IEnumerable<ArmTemplate> Modules =>
        OwnResources
            .Where(r => (string?)r["type"] == "Microsoft.Resources/deployments")
            .Select(r => new ArmTemplate(
                r["properties"]!["template"]!.AsObject(),
                (string)r["name"]!,
                this,
                r["properties"]!["parameters"]!.AsObject()));

    public ArmTemplate Module(string name) =>
        Modules.SingleOrDefault(m => m.ModuleName == name)
        ?? throw new InvalidOperationException($"No module deployment named '{name}' in {ModuleName}.");

    /// <summary>Every resource in this template and its nested modules, with the template that declares it.</summary>
    public IEnumerable<(ArmTemplate Template, JsonObject Resource)> AllResources() =>
        OwnResources.Select(r => (this, r)).Concat(Modules.SelectMany(m => m.AllResources()));

    public IReadOnlyList<(ArmTemplate Template, JsonObject Resource)> ResourcesOfType(string type) =>
        AllResources().Where(x => string.Equals((string?)x.Resource["type"], type, StringComparison.OrdinalIgnoreCase)).ToList();

    public (ArmTemplate Template, JsonObject Resource) Single(string type)
    {
        var matches = ResourcesOfType(type);
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}.");
        return matches[0];
    }

    public JsonNode Variable(string name) =>
        Root["variables"]?[name]
        ?? throw new InvalidOperationException($"Variable '{name}' not found in module {ModuleName}.");

    /// <summary>Resolves a value that is exactly <c>[variables('x')]</c>; returns other values unchanged.</summary>
    public JsonNode? Resolve(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && WholeVariable().Match(s) is { Success: true } m
            ? Resolve(Variable(m.Groups[1].Value))
            : value;

    /// <summary>Names of every <c>variables('x')</c> referenced inside an expression.</summary>
    public static IEnumerable<string> VariableReferences(string expression) =>
        VariableReference().Matches(expression).Select(m => m.Groups[1].Value);

    /// <summary>What the parent passes for this module's parameter, as an expression string or literal.</summary>
    public string PassedParameter(string name)
    {
        var passed = PassedParameters[name] ?? throw new InvalidOperationException($"Module {ModuleName} gets no parameter '{name}'.");

        // Either { "value": ... } or, when the value itself is conditional, one expression string.
        var value = passed is JsonObject o && o.ContainsKey("value") ? o["value"] : passed;
        return value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "null";
    }

    [GeneratedRegex(@"^\[variables\('([^']+)'\)\]$")]
    private static partial Regex WholeVariable();

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableReference();
}
