// The one header Swift sees of Graphviz. Inline wrappers live here because 2.42 takes `char *`
// where Swift hands `const char *` (cgraph copies or interns every string it is given), because
// its `Agdirected`-style globals are not concurrency-safe in Swift 6, and because
// `gvRenderData`'s length parameter changed type between releases.
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <stddef.h>
#include <stdlib.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/// The descriptor of a directed graph that allows parallel edges and loops.
static inline Agdesc_t relgraph_directed_descriptor(void) {
    Agdesc_t desc = Agdirected;
    return desc;
}

/// The descriptor of an undirected graph that allows parallel edges and loops.
static inline Agdesc_t relgraph_undirected_descriptor(void) {
    Agdesc_t desc = Agundirected;
    return desc;
}

static inline Agraph_t *relgraph_agopen(const char *name, Agdesc_t desc) {
    return agopen((char *)name, desc, NULL);
}

static inline Agraph_t *relgraph_agsubg(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

static inline Agnode_t *relgraph_agnode(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

static inline Agnode_t *relgraph_agsubnode(Agraph_t *g, Agnode_t *n) {
    return agsubnode(g, n, 1);
}

/// Creates an edge; `key` may be NULL for an anonymous edge (parallel edges stay distinct).
static inline Agedge_t *relgraph_agedge(Agraph_t *g, Agnode_t *tail, Agnode_t *head, const char *key) {
    return agedge(g, tail, head, (char *)key, 1);
}

/// Declares an attribute (`kind` is AGRAPH, AGNODE or AGEDGE) with its default value.
static inline Agsym_t *relgraph_agattr(Agraph_t *g, int kind, const char *name, const char *def) {
    return agattr(g, kind, (char *)name, (char *)def);
}

static inline int relgraph_agxset(void *obj, Agsym_t *sym, const char *value) {
    return agxset(obj, sym, (char *)value);
}

/// Sets an attribute of a graph, subgraph, node or edge, declaring it with an empty default if needed.
static inline int relgraph_agsafeset(void *obj, const char *name, const char *value) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

static inline char *relgraph_agget(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

static inline Agnode_t *relgraph_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *relgraph_aghead(Agedge_t *e) { return aghead(e); }

static inline int relgraph_kind_graph(void) { return AGRAPH; }
static inline int relgraph_kind_node(void) { return AGNODE; }
static inline int relgraph_kind_edge(void) { return AGEDGE; }

/// Renders into a malloc'd buffer; the length is always handed back as `size_t`
/// (it is `unsigned int *` on 2.42 and `size_t *` from Graphviz 13 on).
static inline int relgraph_gvRenderData(GVC_t *gvc, Agraph_t *g, const char *format,
                                        char **result, size_t *length) {
    unsigned int len = 0;
    *result = NULL;
    int status = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return status;
}

/// Frees every string of a `gvPluginList` answer, then the array.
static inline void relgraph_free_plugin_list(char **list, int count) {
    if (list == NULL) return;
    for (int i = 0; i < count; i++) free(list[i]);
    free(list);
}

#endif
