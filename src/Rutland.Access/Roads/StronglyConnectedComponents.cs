namespace Rutland.Access.Roads;

/// <summary>
/// Kosaraju's algorithm, iterative so that long rural chains cannot overflow the stack. Snapping only to the
/// largest strongly connected component keeps a point from landing on an island (a private estate, a one-way
/// trap) from which nothing is reachable.
/// </summary>
public static class StronglyConnectedComponents
{
    public readonly record struct Component(bool[] Members, int Size);

    public static Component Largest(int n, int[] firstOut, int[] target, int[] firstIn, int[] inEdges, int[] source)
    {
        // Pass 1: finishing order of a depth-first search over outgoing edges.
        var order = new List<int>(n);
        var visited = new bool[n];
        var stack = new Stack<(int Node, int NextEdge)>();
        for (int start = 0; start < n; start++)
        {
            if (visited[start]) continue;
            visited[start] = true;
            stack.Push((start, firstOut[start]));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < firstOut[node + 1])
                {
                    stack.Push((node, next + 1));
                    int t = target[next];
                    if (!visited[t]) { visited[t] = true; stack.Push((t, firstOut[t])); }
                }
                else order.Add(node);
            }
        }

        // Pass 2: in reverse finishing order, flood the reversed graph; each flood is one component.
        var componentOf = new int[n];
        Array.Fill(componentOf, -1);
        var sizes = new List<int>();
        var flood = new Stack<int>();
        for (int i = order.Count - 1; i >= 0; i--)
        {
            int root = order[i];
            if (componentOf[root] >= 0) continue;
            int id = sizes.Count, size = 0;
            componentOf[root] = id;
            flood.Push(root);
            while (flood.Count > 0)
            {
                int v = flood.Pop();
                size++;
                for (int k = firstIn[v]; k < firstIn[v + 1]; k++)
                {
                    int u = source[inEdges[k]];
                    if (componentOf[u] < 0) { componentOf[u] = id; flood.Push(u); }
                }
            }
            sizes.Add(size);
        }

        if (sizes.Count == 0) return new Component(new bool[n], 0);
        int largest = sizes.IndexOf(sizes.Max());
        var members = new bool[n];
        for (int v = 0; v < n; v++) members[v] = componentOf[v] == largest;
        return new Component(members, sizes[largest]);
    }
}
