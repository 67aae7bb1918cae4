using Rutland.Access.Data;

namespace Rutland.Access.Tests.Support;

/// <summary>Paths to the real shared inputs and to the hand-made fixtures under tests/fixtures.</summary>
public static class TestData
{
    public static string Inputs { get; } = DataDirectory.ResolveInputs();
    public static string Authored { get; } = DataDirectory.ResolveAuthored();

    public static string Input(params string[] parts) => Path.Combine([Inputs, .. parts]);

    public static string Fixture(params string[] parts) =>
        Path.Combine([DataDirectory.RepositoryRoot()!, "tests", "fixtures", .. parts]);
}
