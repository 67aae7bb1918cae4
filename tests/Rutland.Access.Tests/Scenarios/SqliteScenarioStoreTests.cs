using Rutland.Access.Scenarios;
using Rutland.Access.Storage;

namespace Rutland.Access.Tests.Scenarios;

public sealed class SqliteScenarioStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rutland-store-").FullName;
    private string File => Path.Combine(_folder, "nested", "scenarios.db");

    [Fact]
    public Task ASavedScenarioRoundTripsAndSurvivesARestart() =>
        ScenarioStoreContract.RoundTripsAcrossInstances(() => new SqliteScenarioStore(File));

    [Fact]
    public Task SavingAgainReplacesAndListingIsInIdOrder() =>
        ScenarioStoreContract.ReplacesAndListsInIdOrder(new SqliteScenarioStore(File));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
