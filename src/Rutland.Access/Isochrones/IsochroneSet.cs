namespace Rutland.Access.Isochrones;

/// <summary>
/// The answer to an <see cref="IsochroneRequest"/>: one <see cref="Isochrone"/> per cutoff, smallest first, each
/// containing the smaller ones; the method text; notes on any polygon repairs; and how long it took.
/// </summary>
public sealed record IsochroneSet(IsochroneRequest Request, IReadOnlyList<Isochrone> Isochrones, string Method,
    IReadOnlyList<string> Repairs, IsochroneTimings Timings);
