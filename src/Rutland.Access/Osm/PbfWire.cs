using Google.Protobuf;

namespace Rutland.Access.Osm;

/// <summary>
/// Protobuf helpers over <see cref="CodedInputStream"/>s that read a byte array. Tags are
/// <c>(field number &lt;&lt; 3) | wire type</c>; decoders switch on whole tags so that a field arriving with an
/// unexpected wire type is skipped as unknown rather than misread.
/// </summary>
internal static class PbfWire
{
    public const uint Varint = 0;
    public const uint LengthDelimited = 2;

    /// <summary>
    /// The embedded message whose tag was just read, as its own stream over the same array (Google.Protobuf keeps
    /// its length limits internal), with <paramref name="input"/> moved past it. <see cref="CodedInputStream.Position"/>
    /// of an array-backed stream is an index into the array, which is what makes this possible without copying.
    /// </summary>
    public static CodedInputStream ReadEmbedded(CodedInputStream input, byte[] buffer)
    {
        int lengthStart = (int)input.Position;
        input.SkipLastField();
        var embedded = new CodedInputStream(buffer, lengthStart, (int)input.Position - lengthStart);
        embedded.ReadLength();
        return embedded;
    }

    /// <summary>
    /// Appends a repeated int32/uint32/enum field's value(s). Writers may pack a repeated field into one
    /// length-delimited run or repeat the tag per value, so both encodings are accepted.
    /// </summary>
    public static void ReadRepeatedInt32(CodedInputStream input, uint tag, List<int> values)
    {
        if (WireFormat.GetTagWireType(tag) != WireFormat.WireType.LengthDelimited)
        {
            values.Add(input.ReadInt32());
            return;
        }
        long end = PackedEnd(input);
        while (input.Position < end) values.Add(input.ReadInt32());
        CheckPackedEnd(input, end);
    }

    /// <summary>Appends a repeated sint64 field's value(s), packed or not (see <see cref="ReadRepeatedInt32"/>).</summary>
    public static void ReadRepeatedSInt64(CodedInputStream input, uint tag, List<long> values)
    {
        if (WireFormat.GetTagWireType(tag) != WireFormat.WireType.LengthDelimited)
        {
            values.Add(input.ReadSInt64());
            return;
        }
        long end = PackedEnd(input);
        while (input.Position < end) values.Add(input.ReadSInt64());
        CheckPackedEnd(input, end);
    }

    private static long PackedEnd(CodedInputStream input)
    {
        int length = input.ReadLength();
        return input.Position + length;
    }

    /// <summary>A packed run whose last varint straddles the declared length has mis-framed everything after it.</summary>
    private static void CheckPackedEnd(CodedInputStream input, long end)
    {
        if (input.Position != end)
            throw new PbfFormatException($"a packed field's last value runs {input.Position - end} byte(s) past its declared length");
    }
}
