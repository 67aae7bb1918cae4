using Rutland.Access.Transit.Network;

namespace Rutland.Access.Transit.Raptor;

/// <summary>
/// Offsets of unknown-phase frequency entries for one Monte Carlo draw. Seeded from (seed, draw) alone so a
/// draw can be replayed (e.g. to reconstruct its itinerary) and results are reproducible.
/// </summary>
internal static class FrequencyPhases
{
    public static int[] Draw(TransitNetwork network, int seed, int draw)
    {
        var schedules = network.FrequencySchedules;
        var offsets = new int[schedules.Length];
        if (offsets.Length == 0) return offsets;
        var random = new Random(unchecked(seed * 1_000_003 + draw));
        for (int i = 0; i < offsets.Length; i++) offsets[i] = random.Next(schedules[i].HeadwaySeconds);
        return offsets;
    }
}
