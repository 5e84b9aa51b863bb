using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Where a page of the Tables audit trail ended: the last entry's time and keys, in the order
/// pages are read (time, then partition, then row), base64url so keys of any text fit in a query string.</summary>
internal sealed record AuditToken(long Ticks, string PartitionKey, string RowKey)
{
    public static string Of(AuditEntity last)
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{last.At.UtcTicks}\n{last.PartitionKey}\n{last.RowKey}")));

    /// <exception cref="FormatException">Not a token of this store.</exception>
    public static AuditToken? Read(string? token)
    {
        if (token is null)
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n');
        }
        catch (FormatException)
        {
            parts = [];
        }

        return parts.Length == 3 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new AuditToken(ticks, parts[1], parts[2])
            : throw new FormatException("Not a page of the audit trail.");
    }

    /// <summary>Whether this token's entry comes before <paramref name="entity"/> in the order pages are read.</summary>
    public bool Precedes(AuditEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Compare(Ticks, PartitionKey, RowKey, entity.At.UtcTicks, entity.PartitionKey, entity.RowKey) < 0;
    }

    /// <summary>The order pages are read in: time, then partition, then row.</summary>
    public static int Compare(AuditEntity? a, AuditEntity? b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(a.At.UtcTicks, a.PartitionKey, a.RowKey, b.At.UtcTicks, b.PartitionKey, b.RowKey);
    }

    private static int Compare(long ticksA, string partitionA, string rowA, long ticksB, string partitionB, string rowB)
        => ticksA != ticksB ? ticksA.CompareTo(ticksB)
            : string.CompareOrdinal(partitionA, partitionB) is var byPartition and not 0 ? byPartition
            : string.CompareOrdinal(rowA, rowB);
}
