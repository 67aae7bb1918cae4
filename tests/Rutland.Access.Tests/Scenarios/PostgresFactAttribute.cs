namespace Rutland.Access.Tests.Scenarios;

/// <summary>
/// A test that needs a PostgreSQL server: runs when <see cref="EnvironmentVariable"/> holds a connection string
/// (tests/scenarios/postgres-store.sh sets it against a throwaway cluster), and is reported skipped otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "RUTLAND_ACCESS_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } s ? s : null;

    public PostgresFactAttribute()
    {
        if (ConnectionString is null) Skip = $"set {EnvironmentVariable} to a PostgreSQL connection string (tests/scenarios/postgres-store.sh does)";
    }
}
