using AmbassadorFlows.Durable.CrashWorker;
using AmbassadorFlows.Durable.Sqlite;
using DurableTask.Core;
using Microsoft.Data.Sqlite;

// Usage: CrashWorker <database path> (SQLite crash workload), or CrashWorker hub <connection string> <task hub>
// (one of several workers on one Azure Storage task hub). Runs until killed or until stdin closes; in the
// SQLite workload each activity waits for a "go" line on stdin before it returns.
if (args is ["hub", var connectionString, var hub])
{
    return await HubWorker.RunAsync(connectionString, hub);
}

if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: AmbassadorFlows.Durable.CrashWorker <database path> | hub <connection string> <task hub>");
    return 2;
}

var databasePath = args[0];
using (var connection = new SqliteConnection($"Data Source={databasePath};Default Timeout=60;Pooling=False"))
{
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "PRAGMA busy_timeout = 30000; CREATE TABLE IF NOT EXISTS side_effects (key TEXT PRIMARY KEY, attempts INTEGER NOT NULL, value INTEGER NOT NULL);";
    command.ExecuteNonQuery();
}

using var service = new SqliteOrchestrationService(new SqliteOrchestrationServiceOptions { DatabasePath = databasePath });
using var worker = new TaskHubWorker(service) { ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails };
worker.AddTaskOrchestrations(typeof(CrashFlow), typeof(CrashChild));
// One stateless Effect serves every call; DTFx names it like a type registration would.
worker.AddTaskActivities(new NameValueObjectCreator<TaskActivity>(
    NameVersionHelper.GetDefaultName(typeof(Effect)), NameVersionHelper.GetDefaultVersion(typeof(Effect)), new Effect(databasePath)));
await worker.StartAsync();
await Console.Out.WriteLineAsync("ready");
await Console.Out.FlushAsync();

// The parent lets each activity finish with a "go" line, and closes stdin to stop us politely;
// normally it kills us first.
await Task.Run(() =>
{
    while (Console.In.ReadLine() is { } line)
    {
        if (line == "go")
        {
            Effect.Go.Release();
        }
    }
});
await worker.StopAsync(isForced: true);
return 0;
