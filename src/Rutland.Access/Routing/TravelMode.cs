using System.Text.Json.Serialization;
using Rutland.Access.Roads;

namespace Rutland.Access.Routing;

/// <summary>
/// One way of travelling, as every endpoint, search and layer sees it: registered once in <see cref="ModeRegistry"/>.
/// </summary>
/// <param name="Name">The API's name for it (<c>mode=cycle</c>).</param>
/// <param name="Title">How answers and documents name it in words ("cycle (OSRM bicycle profile)").</param>
/// <param name="Profile">The road profile whose network it searches; a timetabled mode's is the network walked to and
/// from its stops.</param>
/// <param name="Geometry">How its isochrones are gridded and buffered.</param>
/// <param name="Timetabled">Routed over timetables in a departure window (public transport) rather than free flow on its network.</param>
/// <param name="SpeedsMethod">One sentence on how its times are made, opening the answers' <c>method</c>.</param>
[JsonConverter(typeof(TravelModeNameConverter))]
public sealed record TravelMode(string Name, string Title, ITravelProfile Profile, ModeGeometry Geometry, bool Timetabled, string SpeedsMethod)
{
    public override string ToString() => Name;
}
