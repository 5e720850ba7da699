# heavy: the second longest job; queued first
# networkx: graph algorithms on generated graphs of a few thousand nodes: shortest paths,
# components, centrality, spanning trees, flows, matching, topological order (the pure-Python
# algorithms: networkx's PageRank needs scipy).
import mod_libs
mod_libs.need(("networkx", "python3-networkx"))
import networkx as nx

G = nx.grid_2d_graph(40, 40)
print(G.number_of_nodes(), G.number_of_edges(), nx.is_connected(G))
print(nx.shortest_path_length(G, (0, 0), (39, 39)), len(nx.shortest_path(G, (0, 0), (20, 35))))
H = nx.gnm_random_graph(2000, 6000, seed=42)
comps = sorted((len(c) for c in nx.connected_components(H)), reverse=True)
print(len(comps), comps[:5], nx.number_of_selfloops(H))
W = nx.Graph()
for u, v in H.edges():
    W.add_edge(u, v, weight=(u * 7 + v * 13) % 17 + 1)
dist = nx.single_source_dijkstra_path_length(W, 0)
print(len(dist), max(dist.values()), sum(dist.values()))
T = nx.minimum_spanning_tree(W)
print(T.number_of_edges(), T.size(weight="weight"))
bc = nx.betweenness_centrality(nx.karate_club_graph())
print(sorted(((round(c, 6), n) for n, c in bc.items()), reverse=True)[:5])
cc = nx.closeness_centrality(nx.DiGraph(nx.gnp_random_graph(300, 0.02, seed=1, directed=True)))
print(sorted(((round(p, 6), n) for n, p in cc.items()), reverse=True)[:3])
D = nx.gn_graph(500, seed=3)
print(nx.is_directed_acyclic_graph(D), list(nx.topological_sort(D))[:5], nx.dag_longest_path_length(D))
F = nx.DiGraph()
for u, v, c in [("s", "a", 10), ("s", "b", 5), ("a", "b", 15), ("a", "t", 10), ("b", "t", 10)]:
    F.add_edge(u, v, capacity=c)
flow_value, flow = nx.maximum_flow(F, "s", "t")
print(flow_value, sorted((u, sorted(d.items())) for u, d in flow.items()))
B = nx.complete_bipartite_graph(5, 7)
print(len(nx.max_weight_matching(B)), nx.is_bipartite(B), nx.diameter(nx.cycle_graph(101)))
print(nx.average_clustering(nx.karate_club_graph()), nx.transitivity(nx.karate_club_graph()))
print(sorted(nx.core_number(nx.karate_club_graph()).items())[:6], nx.degree_histogram(H)[:8])
print(list(nx.bfs_edges(nx.balanced_tree(2, 4), 0))[:6], nx.has_path(H, 0, 1999))
