using Rutland.Access.Population;
using Rutland.Access.Roads;

namespace Rutland.Access.Analysis;

/// <summary>A populated surface cell as an origin: snapped to the car network once, and the ward its residents are counted in.</summary>
public sealed record PopulationOrigin(PopulationCell Cell, SnapResult? CarSnap, string WardCode);
