using Rutland.Access.Transit.Network;
using Rutland.Access.Transit.Raptor;
using Rutland.Access.Transit.Timetable;

namespace Rutland.Access.Transit.Planning;

/// <summary>The routing network of one service date with its router and what building it included and skipped.</summary>
public sealed class ServiceDayNetwork(DateOnly date, TransitNetwork network, LoadReport report)
{
    public DateOnly Date { get; } = date;
    public TransitNetwork Network { get; } = network;
    public RaptorRouter Router { get; } = new(network);
    public LoadReport Report { get; } = report;
}
