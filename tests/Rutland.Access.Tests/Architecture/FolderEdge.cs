namespace Rutland.Access.Tests.Architecture;

/// <summary>A dependency between two folders of the core, with the type that uses and the type it uses.</summary>
public sealed record FolderEdge(string FromFolder, string FromType, string ToFolder, string ToType)
{
    public override string ToString() => $"{FromFolder} → {ToFolder}: {FromType} uses {ToType}";
}
