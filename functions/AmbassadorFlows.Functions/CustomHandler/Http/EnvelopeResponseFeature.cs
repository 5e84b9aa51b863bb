using Microsoft.AspNetCore.Http.Features;

namespace AmbassadorFlows.Functions.CustomHandler.Http;

/// <summary>The response side of a synthetic request: status and headers kept in memory, and the
/// OnStarting/OnCompleted callbacks run by the dispatcher (there is no server to run them).</summary>
internal sealed class EnvelopeResponseFeature : IHttpResponseFeature
{
    private readonly List<(Func<object, Task> Callback, object State)> _onStarting = [];
    private readonly List<(Func<object, Task> Callback, object State)> _onCompleted = [];

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    public Stream Body { get; set; } = Stream.Null;

    public bool HasStarted { get; private set; }

    public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Add((callback, state));

    public void OnCompleted(Func<object, Task> callback, object state) => _onCompleted.Add((callback, state));

    /// <summary>Runs OnStarting callbacks (last registered first, as Kestrel does) so headers they
    /// add are part of the captured response.</summary>
    public async Task StartAsync()
    {
        if (HasStarted)
        {
            return;
        }

        for (var i = _onStarting.Count - 1; i >= 0; i--)
        {
            await _onStarting[i].Callback(_onStarting[i].State).ConfigureAwait(false);
        }

        HasStarted = true;
    }

    public async Task CompleteAsync()
    {
        for (var i = _onCompleted.Count - 1; i >= 0; i--)
        {
            await _onCompleted[i].Callback(_onCompleted[i].State).ConfigureAwait(false);
        }
    }
}
