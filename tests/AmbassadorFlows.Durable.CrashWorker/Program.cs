using AmbassadorFlows.Durable;
using AmbassadorFlows.Durable.CrashWorker;
using AmbassadorFlows.Durable.Embedded;
using Microsoft.Data.Sqlite;

// Usage: CrashWorker <database path>. Runs the workload until killed or until stdin closes.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: AmbassadorFlows.Durable.CrashWorker <database path>");
    return 2;
}

var databasePath = args[0];
using (var connection = new SqliteConnection($"Data Source={databasePath};Default Timeout=60"))
{
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "PRAGMA busy_timeout = 30000; CREATE TABLE IF NOT EXISTS side_effects (key TEXT PRIMARY KEY, attempts INTEGER NOT NULL, value INTEGER NOT NULL);";
    command.ExecuteNonQuery();
}

var registry = new DurableTaskRegistry()
    .AddOrchestrator<CrashFlow>()
    .AddOrchestrator<CrashChild>()
    .AddActivity(nameof(Effect), _ => new Effect(databasePath), typeof(Effect));

await using var engine = new EmbeddedDurableEngine(registry, new EmbeddedEngineOptions
{
    DatabasePath = databasePath,
    OrchestrationWorkers = 2,
    ActivityWorkers = 4,
    BatchSize = 8,
    PollingInterval = TimeSpan.FromMilliseconds(20),
});
await engine.StartAsync();
Console.Out.WriteLine("ready");
Console.Out.Flush();

// The parent closes stdin to stop us politely; normally it kills us first.
await Task.Run(() => Console.In.ReadToEnd());
await engine.StopAsync();
return 0;
