using AmbassadorFlows.Durable;
using AmbassadorFlows.Functions.FunctionMetadata;

namespace AmbassadorFlows.Functions.CustomHandler;

/// <summary>Builds the <see cref="FunctionCatalog"/> on first use: the endpoints exist only once the
/// app's pipeline has been built.</summary>
public sealed class FunctionCatalogAccessor(DurableTaskRegistry registry, EndpointDataSource endpoints)
{
    private readonly Lazy<FunctionCatalog> _catalog = new(() => FunctionCatalog.Create(registry, [endpoints]));

    public FunctionCatalog Catalog => _catalog.Value;
}
