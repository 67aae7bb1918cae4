using Microsoft.AspNetCore.Mvc.Testing;

namespace Rutland.Access.Tests.Support;

/// <summary>One in-memory API over the real data, shared by every API test class (start-up loads everything once).</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
