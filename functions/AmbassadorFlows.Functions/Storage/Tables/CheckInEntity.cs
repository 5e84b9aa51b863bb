using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>One monthly check-in, next to its ambassador's progress row: PartitionKey = encoded
/// cohort id, RowKey = "c|" + encoded employee id + "|" + month (six digits, so the split is unique).</summary>
internal sealed class CheckInEntity : ITableEntity
{
    public const string RowPrefix = "c|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string EmployeeId { get; set; } = string.Empty;

    public int Month { get; set; }

    public bool AttendedMeeting { get; set; }

    public double HoursSpent { get; set; }

    public string? Successes { get; set; }

    public string? Challenges { get; set; }

    public string? Asks { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The form's hours could not be read (<see cref="HoursSpent"/> is then 0); rows written
    /// before this property existed lack it and read as false.</summary>
    public bool HoursInvalid { get; set; }

    /// <summary>"I could not make time this month"; rows written before this property existed lack it and read as false.</summary>
    public bool NoTime { get; set; }
}
