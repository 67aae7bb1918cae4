namespace Rutland.Access.Transit.Modelled;

/// <summary>
/// Copies of one real CIF schedule (<see cref="TemplateTrip"/>, the CIF reader's trip id) with its calls and run
/// times unchanged, shifted so that it leaves its first station in the study area at each of the band's departures.
/// </summary>
public sealed record RailPattern(string TemplateTrip, ServiceBand Band);
