// Two hand-made "folders" for ArchitectureTests: Low uses High only inside a lambda in a method body, a back edge that
// neither a signature nor a field shows.
namespace Rutland.Access.Tests.Architecture.LayeredFixture.High
{
    public sealed class Ceiling
    {
        public static int Height => 3;
    }
}

namespace Rutland.Access.Tests.Architecture.LayeredFixture.Low
{
    public sealed class Floor
    {
        public int Reach() => new[] { 1 }.Select(x => x + High.Ceiling.Height).Sum();
    }

    public sealed class Wall : List<Floor>;
}
