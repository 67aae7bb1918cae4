using System.Globalization;
using Rutland.Access.Data;

namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// <see cref="Journeys"/> departures from <see cref="First"/> (HH:mm) on <see cref="Days"/>, every
/// <see cref="HeadwayMinutes"/> (needed only for more than one), with the facts or assumption behind them in <see cref="Source"/>.
/// </summary>
public sealed record ServiceBand(ServiceDays Days, string First, int Journeys, string Source, int? HeadwayMinutes = null)
{
    public int FirstSeconds => (int)TimeOnly.ParseExact(First, "HH:mm", CultureInfo.InvariantCulture).ToTimeSpan().TotalSeconds;

    public IEnumerable<int> DepartureSeconds() =>
        Enumerable.Range(0, Journeys).Select(i => FirstSeconds + i * (HeadwayMinutes ?? 0) * 60);

    internal void Check(string path, string where)
    {
        if (!TimeOnly.TryParseExact(First, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new DataFileException(path, null, $"{where}: first '{First}' is not HH:mm");
        if (Journeys < 1) throw new DataFileException(path, null, $"{where}: journeys must be at least 1");
        if (Journeys > 1 && HeadwayMinutes is not > 0) throw new DataFileException(path, null, $"{where}: several journeys need a positive headwayMinutes");
        if (string.IsNullOrWhiteSpace(Source)) throw new DataFileException(path, null, $"{where}: every band names its source");
    }
}
