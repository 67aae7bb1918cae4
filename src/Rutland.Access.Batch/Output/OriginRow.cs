namespace Rutland.Access.Batch.Output;

/// <summary>
/// One origin of the run, with what the aggregates weigh it by: <see cref="Population"/> (LSOAs only: no count
/// exists for villages) and the IMD 2019 national decile of its LSOA (1 = most deprived; null for a CSV point).
/// </summary>
public sealed class OriginRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public double Lat { get; set; }
    public double Lon { get; set; }
    public string? Lsoa { get; set; }
    public int? Population { get; set; }
    public int? Imd2019Decile { get; set; }
}
