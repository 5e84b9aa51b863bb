using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Conversions between CLR values and the columns of <see cref="AppSchema"/>.</summary>
internal static class SqliteValues
{
    public static long ToDb(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static object ToDb(DateTimeOffset? value) => value is { } v ? v.ToUnixTimeMilliseconds() : DBNull.Value;

    public static object ToDb(string? value) => value is null ? DBNull.Value : value;

    public static DateTimeOffset Time(SqliteDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? NullableTime(SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
