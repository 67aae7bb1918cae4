namespace Rutland.Access.Isochrones;

/// <summary>
/// The closed rings of one contour as flat arrays (no NTS objects in the hot loops). Ring r is vertices
/// <c>RingStart[r] .. RingStart[r + 1] − 1</c>, implicitly closed; every ring has the inside on its left, so outlines
/// run counter-clockwise and holes clockwise. Segment i runs from vertex i to the ring's next vertex.
/// </summary>
public sealed class ContourRings(double[] x, double[] y, int[] ringStart)
{
    public double[] X { get; } = x;
    public double[] Y { get; } = y;
    public int[] RingStart { get; } = ringStart;

    public int RingCount => RingStart.Length - 1;
    public int VertexCount => X.Length;

    /// <summary>The vertex after <paramref name="vertex"/> round its ring.</summary>
    public int Next(int vertex, int ring) => vertex + 1 < RingStart[ring + 1] ? vertex + 1 : RingStart[ring];
}
