using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rutland.Access.Tests.Support;

/// <summary>
/// One in-memory API over the real data, shared by every API test class (start-up loads everything once). Saved
/// scenarios go to a throwaway SQLite file, never the developer's artifacts/scenarios.db.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _scenarioFolder = Directory.CreateTempSubdirectory("rutland-scenarios-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Scenarios:SqlitePath", Path.Combine(_scenarioFolder, "scenarios.db"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Both Dispose and DisposeAsync end here; the folder goes on the first.
        if (Directory.Exists(_scenarioFolder)) Directory.Delete(_scenarioFolder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
