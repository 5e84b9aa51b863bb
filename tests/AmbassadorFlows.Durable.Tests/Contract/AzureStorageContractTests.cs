using AmbassadorFlows.Durable.Tests.Support;

namespace AmbassadorFlows.Durable.Tests.Contract;

/// <summary>The contract on DTFx's Azure Storage provider, on Azurite: one runtime (task hub) for the
/// class, because starting one (queues, tables, partition leases) takes seconds; real time.</summary>
public sealed class AzureStorageContractTests(AzureStorageContractTests.RuntimeFixture fixture)
    : BackendContractTests, IClassFixture<AzureStorageContractTests.RuntimeFixture>
{
    protected override ContractBackend Backend => fixture.Backend;

    public sealed class RuntimeFixture : IAsyncLifetime
    {
        private readonly AzuriteFixture _azurite = new();
        private AzureStorageContractBackend? _backend;

        public ContractBackend Backend => _backend ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync()
        {
            await _azurite.InitializeAsync();
            _backend = await AzureStorageContractBackend.StartAsync(_azurite.ConnectionString, "contract" + Guid.NewGuid().ToString("N")[..8]);
        }

        public async Task DisposeAsync()
        {
            if (_backend is not null)
            {
                await _backend.DisposeAsync();
            }

            await _azurite.DisposeAsync();
        }
    }
}
