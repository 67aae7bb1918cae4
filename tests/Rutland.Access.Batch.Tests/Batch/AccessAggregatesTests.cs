using Rutland.Access.Batch.Output;
using Rutland.Access.Batch.Run;
using Rutland.Access.Routing;

namespace Rutland.Access.Batch.Tests.Batch;

public class AccessAggregatesTests
{
    private static readonly RunDescription Run = new()
    {
        Name = "fixture",
        Origins = new OriginSelection([Places.PlaceType.Lsoa], null),
        Destinations = ["a", "b"],
        Modes = [ModeRegistry.Drive],
        Windows = [],
        Scenarios = [new Scenario("baseline", [], []), new Scenario("no-a", [], ["a"])],
        CutoffsMinutes = [30],
    };

    private static readonly OriginRow[] Origins =
    [
        new() { Id = "o1", Population = 100, Imd2019Decile = 1 },
        new() { Id = "o2", Population = 300, Imd2019Decile = 10 },
        new() { Id = "o3", Population = null, Imd2019Decile = 2 },
    ];

    private static readonly MatrixRow[] Matrix =
    [
        Drive("o1", "a", 10), Drive("o1", "b", 40),
        Drive("o2", "a", null), Drive("o2", "b", 20),
        Drive("o3", "a", null), Drive("o3", "b", null),
    ];

    [Fact]
    public void Nearest_open_destination_weighted_by_residents()
    {
        var rows = AccessAggregates.Compute(Run, Origins, Matrix);
        var baseline = rows.Single(r => r is { Scenario: "baseline", ImdQuintile: null });
        Assert.Equal((3, 1, 400L, 0L, 0L), (baseline.Origins, baseline.OriginsBeyond, baseline.Population, baseline.PopulationBeyond, baseline.PopulationUnreachable));
        Assert.Equal(17.5, baseline.PopulationWeightedMinutes);

        var withoutA = rows.Single(r => r is { Scenario: "no-a", ImdQuintile: null });
        Assert.Equal((2, 100L), (withoutA.OriginsBeyond, withoutA.PopulationBeyond));
        Assert.Equal(25.0, withoutA.PopulationWeightedMinutes);
    }

    [Fact]
    public void Quintiles_group_national_deciles_and_an_origin_without_residents_counts_only_as_an_origin()
    {
        var rows = AccessAggregates.Compute(Run, Origins, Matrix).Where(r => r.Scenario == "baseline" && r.ImdQuintile is not null).ToArray();
        Assert.Equal([1, 5], rows.Select(r => r.ImdQuintile!.Value));
        var mostDeprived = rows[0];
        Assert.Equal((2, 1, 100L), (mostDeprived.Origins, mostDeprived.OriginsBeyond, mostDeprived.Population));
        Assert.Equal(10.0, mostDeprived.PopulationWeightedMinutes);
    }

    [Fact]
    public void Unreachable_residents_are_beyond_every_cutoff_and_outside_the_mean()
    {
        var matrix = Matrix.Select(r => r.Origin == "o2" ? Drive("o2", r.Destination, null) : r).ToArray();
        var all = AccessAggregates.Compute(Run, Origins, matrix).Single(r => r is { Scenario: "baseline", ImdQuintile: null });
        Assert.Equal((300L, 300L), (all.PopulationBeyond, all.PopulationUnreachable));
        Assert.Equal(10.0, all.PopulationWeightedMinutes);
    }

    private static MatrixRow Drive(string origin, string destination, double? minutes) => new()
    {
        Origin = origin, Destination = destination, Mode = "drive", Minutes = minutes, Reachable = minutes is not null,
    };
}
