namespace Rutland.Access.Transit.Cif;

/// <summary>Names of the train operating companies behind the two-letter ATOC codes in CIF BX records (2020 franchises).</summary>
public static class AtocOperators
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["AW"] = "Transport for Wales", ["CC"] = "c2c", ["CH"] = "Chiltern Railways", ["CS"] = "Caledonian Sleeper",
        ["EM"] = "East Midlands Railway", ["ES"] = "Eurostar", ["GC"] = "Grand Central", ["GN"] = "Great Northern",
        ["GR"] = "London North Eastern Railway", ["GW"] = "Great Western Railway", ["GX"] = "Gatwick Express",
        ["HT"] = "Hull Trains", ["HX"] = "Heathrow Express", ["IL"] = "Island Line", ["LE"] = "Greater Anglia",
        ["LM"] = "West Midlands Trains", ["LO"] = "London Overground", ["ME"] = "Merseyrail", ["NT"] = "Northern",
        ["SE"] = "Southeastern", ["SN"] = "Southern", ["SR"] = "ScotRail", ["SW"] = "South Western Railway",
        ["TL"] = "Thameslink", ["TP"] = "TransPennine Express", ["VT"] = "Avanti West Coast", ["XC"] = "CrossCountry",
        ["XR"] = "TfL Rail", ["ZZ"] = "Other operator",
    };

    /// <summary>The operator's name, or null for a code not in the list.</summary>
    public static string? Name(string atocCode) => Names.GetValueOrDefault(atocCode);
}
