namespace AmbassadorFlows.Functions.CustomHandler.DurableClient;

/// <summary>
/// Where <see cref="HttpDurableTaskClient"/> finds the Durable HTTP API. The binding arrives with
/// every HTTP function envelope; it is the same for the whole host (one task hub, one system key),
/// so the latest one seen is kept. Before any envelope has arrived (or for code running outside an
/// HTTP function) the settings <c>DurableHttpApi:BaseUrl</c> and
/// <c>DurableHttpApi:RequiredQueryStringParameters</c> are used when present.
/// </summary>
public sealed class DurableClientBindingAccessor(IConfiguration configuration)
{
    private DurableClientBinding? _current;

    public DurableClientBinding? Current => Volatile.Read(ref _current) ?? FromConfiguration();

    public void Update(DurableClientBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        Volatile.Write(ref _current, binding);
    }

    /// <exception cref="InvalidOperationException">No binding has been seen and none is configured.</exception>
    public DurableClientBinding GetRequired()
        => Current ?? throw new InvalidOperationException(
            "The Durable HTTP API is unknown: no HTTP function with a durableClient binding has been invoked yet, " +
            "and DurableHttpApi:BaseUrl is not set.");

    private DurableClientBinding? FromConfiguration()
    {
        var baseUrl = configuration["DurableHttpApi:BaseUrl"];
        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            ? new DurableClientBinding(configuration["TASKHUB_NAME"] ?? string.Empty, uri, configuration["DurableHttpApi:RequiredQueryStringParameters"] ?? string.Empty)
            : null;
    }
}
