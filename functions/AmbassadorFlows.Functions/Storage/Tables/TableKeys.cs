using System.Globalization;
using System.Text;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Makes any string a valid PartitionKey/RowKey: Azure Tables refuse '/', '\', '#', '?'
/// and control characters in keys, so those (and '%') are percent-encoded. Reversible and
/// order-preserving enough for equality lookups, which is all we use keys for.</summary>
internal static class TableKeys
{
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (NeedsEscape(c))
            {
                builder ??= new StringBuilder(value, 0, i, value.Length + 8);
                builder.Append('%').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }

    private static bool NeedsEscape(char c)
        => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
