using System.Globalization;
using Rutland.Access.Data;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// A frequencies.txt row: a departure every <see cref="HeadwayMinutes"/> from <see cref="Start"/> to
/// <see cref="End"/> (HH:mm) on <see cref="Days"/>, with the facts or assumption behind it in <see cref="Source"/>.
/// </summary>
public sealed record FrequencyBand(ServiceDays Days, string Start, string End, int HeadwayMinutes, string Source)
{
    public int StartSeconds => Seconds(Start);
    public int EndSeconds => Seconds(End);

    private static int Seconds(string clock) => (int)TimeOnly.ParseExact(clock, "HH:mm", CultureInfo.InvariantCulture).ToTimeSpan().TotalSeconds;

    internal void Check(string path, string where)
    {
        foreach (string clock in (string[])[Start, End])
        {
            if (!TimeOnly.TryParseExact(clock, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                throw new DataFileException(path, null, $"{where}: '{clock}' is not HH:mm");
        }
        if (EndSeconds <= StartSeconds) throw new DataFileException(path, null, $"{where}: end {End} is not after start {Start}");
        if (HeadwayMinutes < 1) throw new DataFileException(path, null, $"{where}: headwayMinutes must be at least 1");
        if (string.IsNullOrWhiteSpace(Source)) throw new DataFileException(path, null, $"{where}: every band names its source");
    }
}
