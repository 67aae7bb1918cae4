using System.Text;

namespace Rutland.Access.Tests.Robustness;

/// <summary>Seeded damage to a file's bytes: truncation, random bytes, deleted, duplicated and swapped spans or lines.</summary>
public static class Mutations
{
    public static IEnumerable<(string What, byte[] Bytes)> Of(byte[] original, int seed, int count)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            int kind = i % 7;
            yield return kind switch
            {
                0 => Truncate(random, original),
                1 => Overwrite(random, original),
                2 => Insert(random, original),
                3 => Delete(random, original),
                4 => Duplicate(random, original),
                5 => SwapLines(random, original),
                _ => RandomLine(random, original),
            };
        }
    }

    private static (string, byte[]) Truncate(Random r, byte[] b)
    {
        int at = r.Next(b.Length);
        return ($"truncated at byte {at}", b[..at]);
    }

    private static (string, byte[]) Overwrite(Random r, byte[] b)
    {
        var copy = (byte[])b.Clone();
        int n = 1 + r.Next(8);
        for (int k = 0; k < n; k++) copy[r.Next(copy.Length)] = (byte)r.Next(256);
        return ($"{n} random bytes overwritten", copy);
    }

    private static (string, byte[]) Insert(Random r, byte[] b)
    {
        int at = r.Next(b.Length + 1);
        var junk = new byte[1 + r.Next(64)];
        r.NextBytes(junk);
        return ($"{junk.Length} random bytes inserted at {at}", [.. b[..at], .. junk, .. b[at..]]);
    }

    private static (string, byte[]) Delete(Random r, byte[] b)
    {
        int at = r.Next(b.Length), length = Math.Min(b.Length - at, 1 + r.Next(200));
        return ($"{length} bytes deleted at {at}", [.. b[..at], .. b[(at + length)..]]);
    }

    private static (string, byte[]) Duplicate(Random r, byte[] b)
    {
        int at = r.Next(b.Length), length = Math.Min(b.Length - at, 1 + r.Next(200));
        return ($"{length} bytes at {at} repeated", [.. b[..(at + length)], .. b[at..]]);
    }

    private static (string, byte[]) SwapLines(Random r, byte[] b)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n');
        int i = r.Next(lines.Length), j = r.Next(lines.Length);
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return ($"lines {i + 1} and {j + 1} swapped", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }

    private static (string, byte[]) RandomLine(Random r, byte[] b)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n');
        int i = r.Next(lines.Length);
        var junk = new byte[r.Next(120)];
        r.NextBytes(junk);
        lines[i] = Encoding.Latin1.GetString(junk).Replace('\n', ' ');
        return ($"line {i + 1} replaced by random bytes", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }
}
