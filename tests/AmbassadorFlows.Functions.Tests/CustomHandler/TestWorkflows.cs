using AmbassadorFlows.Durable;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

// Small orchestrators and activities registered in the test app; one behaviour each.

internal sealed class GreetingOrchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var greeting = await context.CallActivityAsync<string>(nameof(Greet), input);
        return greeting + " (approved: " + await context.WaitForExternalEvent<string>("Approval") + ")";
    }
}

internal sealed class FailingOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
        => throw new InvalidOperationException("Programme 'p-404' does not exist.");
}

internal sealed class Greet : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input)
        => Task.FromResult($"Hello, {input}! [{context.InstanceId}]");
}

internal sealed record RepeatInput(string City, int Times);

internal sealed class Repeat : TaskActivity<RepeatInput, object>
{
    public override Task<object> RunAsync(TaskActivityContext context, RepeatInput input)
        => Task.FromResult<object>(new { text = string.Join(' ', Enumerable.Repeat(input.City, input.Times)), key = context.IdempotencyKey });
}

/// <summary>Returns a bare word that is valid base64.</summary>
internal sealed class Finish : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult("done");
}

internal sealed class Explode : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input)
        => throw new InvalidOperationException($"Mail relay refused: {input}");
}

internal static class TestWorkflows
{
    public static DurableTaskRegistry CreateRegistry() => new DurableTaskRegistry()
        .AddOrchestrator<GreetingOrchestrator>()
        .AddOrchestrator<FailingOrchestrator>()
        .AddActivity<Greet>()
        .AddActivity<Repeat>()
        .AddActivity<Finish>()
        .AddActivity<Explode>();
}
