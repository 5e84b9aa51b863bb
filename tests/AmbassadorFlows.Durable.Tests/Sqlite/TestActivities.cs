using DurableTask.Core;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

internal static class TestActivities
{
    public static readonly Type[] All = [typeof(AddTen), typeof(Fail)];
}

internal sealed class AddTen : TaskActivity<int, int>
{
    protected override int Execute(TaskContext context, int input) => input + 10;
}

internal sealed class Fail : TaskActivity<string, int>
{
    protected override int Execute(TaskContext context, string input) => throw new InvalidOperationException(input);
}
