using Rutland.Access.Data;

namespace Rutland.Access.Tests.Data;

public class CsvReaderTests
{
    private static CsvReader Parse(string text) => new(new StringReader(text), "test.csv");

    [Fact]
    public void ReadsQuotedFieldsWithCommasQuotesAndNewlines()
    {
        using var csv = Parse("\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nplain,2\n");
        Assert.Equal(new[] { "a", "b" }, csv.Header);
        Assert.True(csv.Read());
        Assert.Equal("x, \"y\"", csv.Required("a"));
        Assert.Equal("two\nlines", csv.Required("b"));
        Assert.Equal(2, csv.Line);
        Assert.True(csv.Read());
        Assert.Equal(4, csv.Line);
        Assert.Equal(2, csv.RequiredInt("b"));
        Assert.False(csv.Read());
    }

    [Fact]
    public void WrongFieldCountNamesFileAndLine()
    {
        using var csv = Parse("a,b\n1,2\n1,2,3\n");
        Assert.True(csv.Read());
        var ex = Assert.Throws<DataFileException>(() => csv.Read());
        Assert.StartsWith("test.csv:3:", ex.Message);
    }

    [Fact]
    public void BadNumberNamesField()
    {
        using var csv = Parse("lat,lon\n52.1,abc\n");
        csv.Read();
        var ex = Assert.Throws<DataFileException>(() => csv.RequiredDouble("lon"));
        Assert.Contains("'lon'", ex.Message);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void MissingColumnsAreReported()
    {
        using var csv = Parse("a\n1\n");
        var ex = Assert.Throws<DataFileException>(() => csv.RequireColumns("a", "b", "c"));
        Assert.Contains("b, c", ex.Message);
    }

    [Fact]
    public void UnterminatedQuoteIsAnError()
    {
        using var csv = Parse("a\n\"open\n");
        Assert.Throws<DataFileException>(() => csv.Read());
    }
}
