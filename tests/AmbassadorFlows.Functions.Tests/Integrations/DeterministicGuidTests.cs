using AmbassadorFlows.Functions.Integrations;

namespace AmbassadorFlows.Functions.Tests.Integrations;

public class DeterministicGuidTests
{
    [Fact]
    public void Create_DnsNamespaceExample_MatchesUuidV5Reference()
    {
        // uuid5(NAMESPACE_DNS, "python.org") from Python's uuid module documentation.
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"), DeterministicGuid.Create(dns, "python.org"));
    }
}
