namespace Rutland.Access.Equity;

/// <summary>A published boundary that was invalid and had to be repaired on load, and what the repair did.</summary>
public sealed record GeometryRepairNote(string FilePath, string AreaCode, string WhatWasDone);
