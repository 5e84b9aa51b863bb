using System.Reflection;
using AmbassadorFlows.Functions.Azure;
using AmbassadorFlows.Workflows;
using Microsoft.Azure.Functions.Worker;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>The [Function] wrappers are written by hand (the Durable source generator is not
/// available), so these tests hold them to the workflow registry: every orchestrator and activity
/// has exactly one wrapper, under its class name, running that class.</summary>
public sealed class FunctionWrapperTests
{
    [Fact]
    public void OrchestratorFunctions_NamesAndClasses_EqualTheWorkflowOrchestrators()
    {
        var wrappers = Wrappers<OrchestrationTriggerAttribute>(typeof(OrchestratorFunctions));

        Assert.Equal(Names(AmbassadorWorkflows.Orchestrators), wrappers.Keys.Order(StringComparer.Ordinal));
        foreach (var orchestrator in AmbassadorWorkflows.Orchestrators)
        {
            // The wrapper returns what the class returns: it is that class's RunAsync, not another's.
            var output = orchestrator.BaseType!.GetGenericArguments()[1];
            Assert.Equal(typeof(Task<>).MakeGenericType(output), wrappers[orchestrator.Name].ReturnType);
        }
    }

    [Fact]
    public void ActivityFunctions_NamesAndTypes_EqualTheWorkflowActivities()
    {
        var wrappers = Wrappers<ActivityTriggerAttribute>(typeof(ActivityFunctions));

        Assert.Equal(Names(AmbassadorWorkflows.Activities), wrappers.Keys.Order(StringComparer.Ordinal));
        foreach (var activity in AmbassadorWorkflows.Activities)
        {
            var types = activity.BaseType!.GetGenericArguments();
            var method = wrappers[activity.Name];
            Assert.Equal(types[0], method.GetParameters().Single(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null).ParameterType);
            Assert.Equal(typeof(Task<>).MakeGenericType(types[1]), method.ReturnType);
        }
    }

    [Fact]
    public void AllFunctions_Names_AreUniqueAcrossTheApp()
    {
        // Function names share one namespace on the host, whatever the trigger.
        var names = typeof(OrchestratorFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .ToList();

        Assert.True(names.Count >= AmbassadorWorkflows.Orchestrators.Count + AmbassadorWorkflows.Activities.Count, $"only {names.Count} functions found");
        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void HttpFunctions_CsvRouteOverlappingAPage_SortsBeforeIt()
    {
        // The host tries overlapping routes in the order of the function names (not by precedence):
        // "health/cohorts/{id}" would take "x.csv" too if its function came first.
        var http = typeof(OrchestratorFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Name: m.GetCustomAttribute<FunctionAttribute>()?.Name, Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(f => f.Name is not null && f.Trigger?.Route is not null)
            .ToList();
        var pairs = http
            .Where(f => f.Trigger!.Route!.EndsWith("}.csv", StringComparison.Ordinal))
            .SelectMany(csv => http.Where(page => page.Trigger!.Route == csv.Trigger!.Route![..^".csv".Length] && page.Trigger.Methods!.Intersect(csv.Trigger.Methods!).Any()).Select(page => (Csv: csv.Name!, Page: page.Name!)))
            .ToList();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.True(string.Compare(p.Csv, p.Page, StringComparison.OrdinalIgnoreCase) < 0, $"{p.Csv} must sort before {p.Page}"));
    }

    private static Dictionary<string, MethodInfo> Wrappers<TTrigger>(Type type)
        where TTrigger : Attribute
    {
        var wrappers = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var method in type.Assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is { } function && method.GetParameters().Any(p => p.GetCustomAttribute<TTrigger>() is not null))
            {
                // A second wrapper under one name would be a duplicate function on the host.
                Assert.True(wrappers.TryAdd(function.Name, method), $"Two {typeof(TTrigger).Name} functions are named '{function.Name}'.");
                Assert.Equal(type, method.DeclaringType);
            }
        }

        return wrappers;
    }

    private static IEnumerable<string> Names(IEnumerable<Type> types) => types.Select(t => t.Name).Order(StringComparer.Ordinal);
}
