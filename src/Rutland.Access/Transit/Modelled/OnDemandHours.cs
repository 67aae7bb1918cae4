using System.Globalization;

namespace Rutland.Access.Transit.Modelled;

/// <summary>The pick-up/drop-off window (HH:mm) of the on-demand service on a day set.</summary>
public sealed record OnDemandHours(ServiceDays Days, string Start, string End)
{
    public int StartSeconds => Seconds(Start);
    public int EndSeconds => Seconds(End);

    private static int Seconds(string hhmm) => (int)TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture).ToTimeSpan().TotalSeconds;
}
