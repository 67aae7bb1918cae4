using System.Buffers;

namespace Rutland.Access.Isochrones;

/// <summary>
/// The segments of one contour by field cell: marching squares puts at most two segments of a contour in a cell (two
/// in a saddle), so two slots per cell index them with no search structure. Arrays are pooled; dispose to return them.
/// </summary>
public sealed class CellSegmentIndex : IDisposable
{
    private readonly int[] _slots;
    private readonly int _length;

    public ContourRings Rings { get; }
    /// <summary>Per vertex, its ring: segments are looked up by vertex id, and their ends need the ring to close it.</summary>
    public int[] RingOf { get; }

    public CellSegmentIndex(ContourRings rings, int cellCount)
    {
        Rings = rings;
        _length = 2 * cellCount;
        _slots = ArrayPool<int>.Shared.Rent(_length);
        Array.Fill(_slots, -1, 0, _length);
        RingOf = new int[rings.VertexCount];
        for (int r = 0; r < rings.RingCount; r++)
            for (int v = rings.RingStart[r]; v < rings.RingStart[r + 1]; v++)
            {
                RingOf[v] = r;
                int slot = 2 * rings.Cell[v];
                _slots[_slots[slot] < 0 ? slot : slot + 1] = v;
            }
    }

    /// <summary>The first and second segment (start vertex) in a cell, −1 where none.</summary>
    public (int First, int Second) In(int cell) => (_slots[2 * cell], _slots[2 * cell + 1]);

    public void Dispose() => ArrayPool<int>.Shared.Return(_slots);
}
