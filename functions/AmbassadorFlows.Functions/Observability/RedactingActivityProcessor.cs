using System.Diagnostics;
using OpenTelemetry;

namespace AmbassadorFlows.Functions.Observability;

/// <summary>Before a span is exported (to Application Insights, where it becomes the request's URL and
/// name), link tokens in its name and tags are replaced (<see cref="LinkRedaction"/>).</summary>
public sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (LinkRedaction.HasToken(data.DisplayName))
        {
            data.DisplayName = LinkRedaction.Redact(data.DisplayName);
        }

        List<KeyValuePair<string, string>>? redacted = null;
        foreach (var tag in data.TagObjects)
        {
            if (tag.Value is string value && LinkRedaction.HasToken(value))
            {
                (redacted ??= []).Add(new(tag.Key, LinkRedaction.Redact(value)));
            }
        }

        foreach (var (key, value) in redacted ?? [])
        {
            data.SetTag(key, value);
        }
    }
}
