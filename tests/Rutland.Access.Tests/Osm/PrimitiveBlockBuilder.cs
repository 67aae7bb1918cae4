using Google.Protobuf;
using Rutland.Access.Osm;

namespace Rutland.Access.Tests.Osm;

/// <summary>
/// Test-only encoder of one PrimitiveBlock: each call adds one PrimitiveGroup. Strings are interned into the block's
/// string table (index 0 is the empty string, as the format requires). Granularity and offsets are written after the
/// groups, where real writers put them.
/// </summary>
internal sealed class PrimitiveBlockBuilder
{
    private readonly List<string> _strings = [""];
    private readonly List<byte[]> _groups = new();

    public int? Granularity { get; init; }
    public long? LatOffset { get; init; }
    public long? LonOffset { get; init; }
    /// <summary>False writes repeated fields one tag per value, which the format also permits.</summary>
    public bool Packed { get; init; } = true;
    /// <summary>Adds a field number no reader knows to the block, each group and each element.</summary>
    public bool WithUnknownFields { get; init; }

    public PrimitiveBlockBuilder DenseNodes(bool withDenseInfo, params (long Id, long Lat, long Lon, (string Key, string Value)[] Tags)[] nodes) =>
        Group(2, o =>
        {
            WriteRepeated(o, 1, Deltas(nodes.Select(n => n.Id)), (s, v) => s.WriteSInt64(v));
            if (withDenseInfo)
                PbfTestWriter.WriteMessage(o, 5, info =>
                {
                    WriteRepeated(info, 1, nodes.Select(_ => 3L), (s, v) => s.WriteInt32((int)v));
                    WriteRepeated(info, 2, Deltas(nodes.Select((_, i) => 1_600_000_000L + i * 60)), (s, v) => s.WriteSInt64(v));
                    WriteRepeated(info, 3, Deltas(nodes.Select((_, i) => 9_000_000L + i)), (s, v) => s.WriteSInt64(v));
                    WriteRepeated(info, 4, nodes.Select(_ => 0L), (s, v) => s.WriteSInt32((int)v));
                    WriteRepeated(info, 5, nodes.Select(_ => (long)Intern("mapper")), (s, v) => s.WriteSInt32((int)v));
                });
            WriteRepeated(o, 8, Deltas(nodes.Select(n => n.Lat)), (s, v) => s.WriteSInt64(v));
            WriteRepeated(o, 9, Deltas(nodes.Select(n => n.Lon)), (s, v) => s.WriteSInt64(v));
            if (nodes.Any(n => n.Tags.Length > 0))
            {
                var keysValues = nodes.SelectMany(n => n.Tags.SelectMany(t => new long[] { Intern(t.Key), Intern(t.Value) }).Append(0L));
                WriteRepeated(o, 10, keysValues, (s, v) => s.WriteInt32((int)v));
            }
        });

    public PrimitiveBlockBuilder Nodes(params (long Id, long Lat, long Lon, (string Key, string Value)[] Tags)[] nodes) =>
        Elements(1, nodes, (o, n) =>
        {
            o.WriteTag(1, WireFormat.WireType.Varint);
            o.WriteSInt64(n.Id);
            WriteTags(o, n.Tags);
            o.WriteTag(8, WireFormat.WireType.Varint);
            o.WriteSInt64(n.Lat);
            o.WriteTag(9, WireFormat.WireType.Varint);
            o.WriteSInt64(n.Lon);
        });

    public PrimitiveBlockBuilder Ways(params (long Id, long[] NodeIds, (string Key, string Value)[] Tags)[] ways) =>
        Elements(3, ways, (o, w) =>
        {
            o.WriteTag(1, WireFormat.WireType.Varint);
            o.WriteInt64(w.Id);
            WriteTags(o, w.Tags);
            WriteRepeated(o, 8, Deltas(w.NodeIds), (s, v) => s.WriteSInt64(v));
        });

    public PrimitiveBlockBuilder Relations(params (long Id, OsmMember[] Members, (string Key, string Value)[] Tags)[] relations) =>
        Elements(4, relations, (o, r) =>
        {
            o.WriteTag(1, WireFormat.WireType.Varint);
            o.WriteInt64(r.Id);
            WriteTags(o, r.Tags);
            WriteRepeated(o, 8, r.Members.Select(m => (long)Intern(m.Role)), (s, v) => s.WriteInt32((int)v));
            WriteRepeated(o, 9, Deltas(r.Members.Select(m => m.Id)), (s, v) => s.WriteSInt64(v));
            WriteRepeated(o, 10, r.Members.Select(m => (long)m.Type), (s, v) => s.WriteEnum((int)v));
        });

    public byte[] ToBytes() => PbfTestWriter.Message(o =>
    {
        PbfTestWriter.WriteMessage(o, 1, table =>
        {
            foreach (string s in _strings)
            {
                table.WriteTag(1, WireFormat.WireType.LengthDelimited);
                table.WriteBytes(ByteString.CopyFromUtf8(s));
            }
        });
        foreach (byte[] group in _groups)
        {
            o.WriteTag(2, WireFormat.WireType.LengthDelimited);
            o.WriteBytes(ByteString.CopyFrom(group));
        }
        WriteUnknownField(o);
        if (Granularity is { } granularity) { o.WriteTag(17, WireFormat.WireType.Varint); o.WriteInt32(granularity); }
        if (LatOffset is { } latOffset) { o.WriteTag(19, WireFormat.WireType.Varint); o.WriteInt64(latOffset); }
        if (LonOffset is { } lonOffset) { o.WriteTag(20, WireFormat.WireType.Varint); o.WriteInt64(lonOffset); }
    });

    private PrimitiveBlockBuilder Elements<T>(int field, T[] elements, Action<CodedOutputStream, T> writeElement)
    {
        _groups.Add(PbfTestWriter.Message(o =>
        {
            foreach (T element in elements)
                PbfTestWriter.WriteMessage(o, field, e =>
                {
                    writeElement(e, element);
                    WriteUnknownField(e);
                });
            WriteUnknownField(o);
        }));
        return this;
    }

    private PrimitiveBlockBuilder Group(int field, Action<CodedOutputStream> writeContent)
    {
        _groups.Add(PbfTestWriter.Message(o =>
        {
            PbfTestWriter.WriteMessage(o, field, e =>
            {
                writeContent(e);
                WriteUnknownField(e);
            });
            WriteUnknownField(o);
        }));
        return this;
    }

    private void WriteTags(CodedOutputStream o, (string Key, string Value)[] tags)
    {
        WriteRepeated(o, 2, tags.Select(t => (long)Intern(t.Key)), (s, v) => s.WriteUInt32((uint)v));
        WriteRepeated(o, 3, tags.Select(t => (long)Intern(t.Value)), (s, v) => s.WriteUInt32((uint)v));
    }

    private void WriteRepeated(CodedOutputStream o, int field, IEnumerable<long> values, Action<CodedOutputStream, long> write)
    {
        long[] all = values.ToArray();
        if (all.Length == 0) return;
        if (Packed)
            PbfTestWriter.WriteMessage(o, field, packed => { foreach (long v in all) write(packed, v); });
        else
            foreach (long v in all)
            {
                o.WriteTag(field, WireFormat.WireType.Varint);
                write(o, v);
            }
    }

    /// <summary>Field 99 as a length-delimited blob that would be misread as data if not skipped.</summary>
    private void WriteUnknownField(CodedOutputStream o)
    {
        if (!WithUnknownFields) return;
        o.WriteTag(99, WireFormat.WireType.LengthDelimited);
        o.WriteBytes(ByteString.CopyFrom(0x08, 0x01, 0x10, 0x02));
    }

    private int Intern(string s)
    {
        int index = _strings.IndexOf(s);
        if (index >= 0) return index;
        _strings.Add(s);
        return _strings.Count - 1;
    }

    private static IEnumerable<long> Deltas(IEnumerable<long> values)
    {
        long previous = 0;
        foreach (long v in values)
        {
            yield return v - previous;
            previous = v;
        }
    }
}
