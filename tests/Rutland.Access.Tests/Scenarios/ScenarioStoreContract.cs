using Rutland.Access.Scenarios;

namespace Rutland.Access.Tests.Scenarios;

/// <summary>What every <see cref="IScenarioStore"/> must do, run against each implementation by its own test class.</summary>
internal static class ScenarioStoreContract
{
    /// <summary>Saves through one store instance and reads through a fresh one: what a restarted API sees.</summary>
    public static async Task RoundTripsAcrossInstances(Func<IScenarioStore> open)
    {
        var savedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
        var writer = open();
        Assert.True(await writer.SaveAsync(new SavedScenario("uppingham", ScenarioSamples.EveryKind, savedAt)));
        if (writer is IAsyncDisposable disposable) await disposable.DisposeAsync();

        var reader = open();
        var loaded = await reader.GetAsync("uppingham");
        if (reader is IAsyncDisposable readerDisposable) await readerDisposable.DisposeAsync();
        Assert.NotNull(loaded);
        Assert.Equal(savedAt, loaded.SavedAt);
        ScenarioSamples.AssertSame(ScenarioSamples.EveryKind, loaded.Scenario);
        Assert.IsType<AddTransitRoute>(loaded.Scenario.Modifications[2]);
    }

    public static async Task ReplacesAndListsInIdOrder(IScenarioStore store)
    {
        var first = new Scenario("one", [new RemoveDestination("rmh")]);
        var second = new Scenario("two", [new RemoveDestination("melton")]);
        Assert.True(await store.SaveAsync(new SavedScenario("b", first, DateTimeOffset.UnixEpoch)));
        Assert.True(await store.SaveAsync(new SavedScenario("a", first, DateTimeOffset.UnixEpoch)));
        Assert.False(await store.SaveAsync(new SavedScenario("b", second, DateTimeOffset.UnixEpoch.AddDays(1))));

        var all = await store.ListAsync();
        Assert.Equal(["a", "b"], all.Select(s => s.Id));
        Assert.Equal("two", all[1].Scenario.Name);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddDays(1), all[1].SavedAt);
        Assert.Null(await store.GetAsync("c"));

        Assert.True(await store.DeleteAsync("a"));
        Assert.False(await store.DeleteAsync("a"));
        Assert.Null(await store.GetAsync("a"));
        Assert.Equal(["b"], (await store.ListAsync()).Select(s => s.Id));
    }
}
