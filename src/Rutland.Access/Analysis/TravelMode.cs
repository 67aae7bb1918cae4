namespace Rutland.Access.Analysis;

public enum TravelMode { Drive, Walk, Pt }
