namespace Rutland.Access.Tests.Robustness;

/// <summary>How hard the fuzz tests push, in one place. Seeds are fixed so a failure names an input that reproduces.</summary>
public static class FuzzBudget
{
    public const int Seed = 20261122;

    /// <summary>Mutated inputs per source file: enough to reach every record type of the small fixtures.</summary>
    public const int MutationsPerFile = 40;

    /// <summary>Random query strings per GET endpoint.</summary>
    public const int QueriesPerEndpoint = 60;

    /// <summary>A reader that has not answered by then counts as hung (the inputs read in milliseconds).</summary>
    public static readonly TimeSpan PerInputTimeout = TimeSpan.FromSeconds(10);
}
