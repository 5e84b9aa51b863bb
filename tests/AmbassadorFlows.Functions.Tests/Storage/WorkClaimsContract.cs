using AmbassadorFlows.Functions.Storage;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>What every <see cref="IWorkClaims"/> store must do, so instances sharing it claim work
/// once: of concurrent claimants exactly one wins; the holder extends its own claim; a lapsed claim
/// goes to the next claimant.</summary>
public abstract class WorkClaimsContract
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));

    protected abstract Task<IWorkClaims> CreateClaimsAsync();

    [Fact]
    public async Task TryClaim_EightClaimantsAtOnce_ExactlyOneWins()
    {
        var claims = await CreateClaimsAsync();
        var key = "decision-delivery:" + Guid.NewGuid().ToString("N");
        await claims.TryClaimAsync("warm-up", "w", TimeSpan.FromMinutes(1));

        var won = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => claims.TryClaimAsync(key, $"instance-{i}", TimeSpan.FromMinutes(5)))));

        Assert.Single(won, w => w);
    }

    [Fact]
    public async Task TryClaim_HeldByAnother_RefusedUntilItLapsesThenTaken()
    {
        var claims = await CreateClaimsAsync();
        var key = "sweep:" + Guid.NewGuid().ToString("N");
        Assert.True(await claims.TryClaimAsync(key, "first", TimeSpan.FromMinutes(5)));

        Assert.False(await claims.TryClaimAsync(key, "second", TimeSpan.FromMinutes(5)));
        Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await claims.TryClaimAsync(key, "second", TimeSpan.FromMinutes(5)));
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await claims.TryClaimAsync(key, "second", TimeSpan.FromMinutes(5)));
        Assert.False(await claims.TryClaimAsync(key, "first", TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task TryClaim_HolderClaimsAgain_ExtendsItsClaim()
    {
        var claims = await CreateClaimsAsync();
        var key = "sweep:" + Guid.NewGuid().ToString("N");
        Assert.True(await claims.TryClaimAsync(key, "holder", TimeSpan.FromMinutes(5)));
        Clock.Advance(TimeSpan.FromMinutes(4));

        Assert.True(await claims.TryClaimAsync(key, "holder", TimeSpan.FromMinutes(5)));
        Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await claims.TryClaimAsync(key, "other", TimeSpan.FromMinutes(5)));
    }
}
