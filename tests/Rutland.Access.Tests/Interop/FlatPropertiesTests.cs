using Rutland.Access.Interop;

namespace Rutland.Access.Tests.Interop;

public class FlatPropertiesTests
{
    [Fact]
    public void NestedMembersBecomeColumnsAndListsStayJson()
    {
        var flat = FlatProperties.Flatten(InteropFixtures.Areas().Features[0].Properties).ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(["name", "minutes_rmh", "minutes_melton", "count", "flag", "codes", "note"], flat.Keys);
        Assert.Equal(12.5, flat["minutes_rmh"].GetDouble());
        Assert.Equal("""["X","Y"]""", FlatProperties.Value(flat["codes"], FieldKind.Text));
    }

    [Fact]
    public void ColumnTypesHoldEveryValueSeen()
    {
        var fields = FlatProperties.Schema(InteropFixtures.Areas().Features.Select(f => f.Properties)).ToDictionary(f => f.Name, f => f.Kind);
        Assert.Equal(FieldKind.Text, fields["name"]);
        Assert.Equal(FieldKind.Real, fields["minutes_rmh"]);     // 12.5 and 20: integers widen to reals
        Assert.Equal(FieldKind.Integer, fields["minutes_melton"]); // 30 and null: a null says nothing of the type
        Assert.Equal(FieldKind.Integer, fields["count"]);
        Assert.Equal(FieldKind.Boolean, fields["flag"]);
        Assert.Equal(FieldKind.Text, fields["codes"]);
        Assert.Equal(FieldKind.Text, fields["note"]);
    }
}
