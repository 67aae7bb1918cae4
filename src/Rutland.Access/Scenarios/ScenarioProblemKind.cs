namespace Rutland.Access.Scenarios;

/// <summary>Why a scenario cannot be applied; the API maps each to its RFC 7807 status (400, 404, 422).</summary>
public enum ScenarioProblemKind
{
    /// <summary>A value is malformed or contradictory (a repeated id, a non-positive headway, first departure after last).</summary>
    Invalid,
    /// <summary>A modification names a destination, route or stop the view does not have.</summary>
    UnknownId,
    /// <summary>Well-formed but unanswerable: a point outside the study area, or transit changes without a loaded timetable.</summary>
    Unanswerable,
}
