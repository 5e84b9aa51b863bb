using AmbassadorFlows.Functions.Integrations.Email;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Integrations.Email;

public class SendRateLimiterTests
{
    [Fact]
    public async Task WaitAsync_WindowFull_BlocksUntilOldestSlotExpires()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var limiter = new SendRateLimiter(2, TimeSpan.FromSeconds(60), time);
        await limiter.WaitAsync();
        time.Advance(TimeSpan.FromSeconds(10));
        await limiter.WaitAsync();

        var third = limiter.WaitAsync().AsTask();
        time.Advance(TimeSpan.FromSeconds(49));
        var blockedBefore = third.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await third;

        Assert.False(blockedBefore);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 1, 0, TimeSpan.Zero), time.GetUtcNow());
    }
}
