# Reads a Netzbild export with networkx (Debian's python3-networkx) and prints what it found as
# JSON: counts, and the attributes of every node and edge. Called by NetworkxReadsExportsTest.
import json
import sys

import networkx

kind, path = sys.argv[1], sys.argv[2]
graph = networkx.read_graphml(path) if kind == "graphml" else networkx.read_gexf(path, version="1.2draft")
print(json.dumps({
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "directed": graph.is_directed(),
    "node": {str(n): {k: (v if not isinstance(v, dict) else {kk: vv for kk, vv in v.items()})
                      for k, v in data.items()} for n, data in graph.nodes(data=True)},
    "edge": [dict(data, source=str(a), target=str(b)) for a, b, data in graph.edges(data=True)],
}, default=str))
