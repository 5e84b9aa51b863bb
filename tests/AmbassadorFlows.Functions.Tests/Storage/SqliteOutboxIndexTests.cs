using AmbassadorFlows.Functions.Storage.Sqlite;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>Filtering the outbox by recipient or searching it by words costs an index lookup, not a walk over every mail.</summary>
public sealed class SqliteOutboxIndexTests
{
    [Fact]
    public async Task ListByRecipient_QueryPlan_SearchesTheRecipientIndex()
    {
        var database = new AppDatabase(Path.Combine(Path.GetTempPath(), "af-tests", $"outbox-plan-{Guid.NewGuid():N}.db"));
        await using var connection = await database.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + SqliteOutbox.ToRecipientSql;
        explain.Parameters.AddWithValue("$to", "emma.thompson@contoso.example");
        explain.Parameters.AddWithValue("$limit", 10);

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("SEARCH outbox USING INDEX outbox_by_recipient", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN outbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchByWords_QueryPlan_WalksTheFullTextIndexAndReadsRowsById()
    {
        var database = new AppDatabase(Path.Combine(Path.GetTempPath(), "af-tests", $"outbox-plan-{Guid.NewGuid():N}.db"));
        await using var connection = await database.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + SqliteOutbox.WordsSql;
        explain.Parameters.AddWithValue("$match", "\"emma\"*");
        explain.Parameters.AddWithValue("$before", long.MaxValue);
        explain.Parameters.AddWithValue("$limit", 10);

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        var shown = string.Join(" | ", plan);
        Assert.True(plan.Any(step => step.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal) && step.Contains("outbox_search", StringComparison.Ordinal)), shown);
        Assert.True(plan.Any(step => step.Contains("SEARCH o USING INTEGER PRIMARY KEY", StringComparison.Ordinal)), shown);
        Assert.False(plan.Any(step => step == "SCAN o" || step.StartsWith("SCAN o ", StringComparison.Ordinal)), shown);
        Assert.False(plan.Any(step => step.Contains("TEMP B-TREE", StringComparison.Ordinal)), shown);
    }
}
