using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AmbassadorFlows.Functions.CustomHandler.Activities;

/// <summary>
/// The activity trigger's binding data carries the instance id and the input, but not the id of the
/// scheduleTask action (Durable extension 2.x: <c>instanceId</c>, <c>data</c>, <c>sys</c>). Activities
/// use <c>instanceId:taskId</c> as their idempotency key, so in Azure we derive a stable task id from
/// the activity name and its serialized input: a redelivery of the same scheduled task gets the same
/// key. Consequence: two calls of one activity with byte-identical input in one instance share a key.
/// Activities that may legitimately repeat (reminders) must put something distinguishing in their
/// input (a step number, a due date, <c>context.NewGuid()</c>). Retries by a retry policy keep the
/// key (same input), which suits at-least-once side effects such as sending an email.
/// </summary>
public static class ActivityTaskIds
{
    public static int Derive(string activityName, string? serializedInput)
    {
        ArgumentNullException.ThrowIfNull(activityName);
        var text = activityName.ToUpperInvariant() + "\n" + (serializedInput ?? string.Empty);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        // 31 bits keep it a non-negative int, distinct in form from the executor's small action ids.
        return BinaryPrimitives.ReadInt32BigEndian(hash) & int.MaxValue;
    }
}
