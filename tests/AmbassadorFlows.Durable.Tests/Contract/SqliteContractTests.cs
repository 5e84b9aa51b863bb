using AmbassadorFlows.Durable.Tests.Support;

namespace AmbassadorFlows.Durable.Tests.Contract;

/// <summary>The contract on our SQLite backend: a file per test, a fake clock moved by the driver.</summary>
public sealed class SqliteContractTests : BackendContractTests, IAsyncLifetime
{
    private SqliteContractBackend? _backend;

    protected override ContractBackend Backend => _backend ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _backend = await SqliteContractBackend.StartAsync();

    public async Task DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }
}
