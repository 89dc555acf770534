// The one header Swift sees of Graphviz. Inline wrappers live here because 2.42 takes `char *`
// where Swift hands `const char *` (cgraph copies or interns every string it is given), because
// its `Agdirected`-style globals are not concurrency-safe in Swift 6, and because
// `gvRenderData`'s length parameter changed type between releases.
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
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

// Graph and subgraph IDs in creation order.
//
// cgraph 2.42 keeps subgraphs in a dictionary ordered by ID, and its default ID discipline makes
// a name's ID the address of the interned string: clusters reached neato's constraint solver and
// the SVG in an order that changed from run to run (and with it the layout). This discipline
// numbers graph and subgraph names 2, 4, 6... as they are created and prints them from its own
// table; nodes and edges keep the default IDs. cgraph's internal name map cannot serve instead:
// closing any subgraph (neato closes one per connected component) empties it for the whole graph.
// The table lives in the graph's heap, freed with it; names are compared linearly, which is cheap
// for the few subgraphs a drawing has, and past `relgraph_ordered_id_limit` names the default IDs
// take over (correct, but in address order).

enum { relgraph_ordered_id_limit = 4096 };

typedef struct {
    Agraph_t *root;
    char **names;  // interned names by ID / 2 - 1; NULL once freed
    size_t count, capacity;
} relgraph_ordered_ids_t;

static inline int relgraph_ordered_index(relgraph_ordered_ids_t *ids, IDTYPE id, size_t *index) {
    if (id == 0 || id % 2 != 0 || id / 2 > ids->count) return 0;
    *index = (size_t)(id / 2 - 1);
    return ids->names[*index] != NULL;
}

static inline void *relgraph_ordered_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    relgraph_ordered_ids_t *ids = (relgraph_ordered_ids_t *)agalloc(g, sizeof(relgraph_ordered_ids_t));
    if (ids != NULL) {
        memset(ids, 0, sizeof(*ids));
        ids->root = g;
    }
    return ids;
}

static inline long relgraph_ordered_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    relgraph_ordered_ids_t *ids = (relgraph_ordered_ids_t *)state;
    if (objtype == AGRAPH && str != NULL) {
        for (size_t i = 0; i < ids->count; i++) {
            if (ids->names[i] != NULL && strcmp(ids->names[i], str) == 0) {
                *id = (IDTYPE)(2 * (i + 1));
                return 1;
            }
        }
        if (!createflag) return 0;
        if (ids->count < relgraph_ordered_id_limit) {
            if (ids->count == ids->capacity) {
                size_t capacity = ids->capacity == 0 ? 16 : 2 * ids->capacity;
                char **grown = (char **)agrealloc(ids->root, ids->names, ids->capacity * sizeof(char *),
                                                  capacity * sizeof(char *));
                if (grown == NULL) return 0;
                ids->names = grown;
                ids->capacity = capacity;
            }
            ids->names[ids->count] = agstrdup(ids->root, str);
            ids->count += 1;
            *id = (IDTYPE)(2 * ids->count);
            return 1;
        }
    }
    return AgIdDisc.map(ids->root, objtype, str, id, createflag);
}

static inline long relgraph_ordered_alloc(void *state, int objtype, IDTYPE id) {
    return AgIdDisc.alloc(((relgraph_ordered_ids_t *)state)->root, objtype, id);
}

static inline void relgraph_ordered_free(void *state, int objtype, IDTYPE id) {
    relgraph_ordered_ids_t *ids = (relgraph_ordered_ids_t *)state;
    size_t i;
    if (objtype == AGRAPH && relgraph_ordered_index(ids, id, &i)) {
        agstrfree(ids->root, ids->names[i]);
        ids->names[i] = NULL;
        return;
    }
    AgIdDisc.free(ids->root, objtype, id);
}

static inline char *relgraph_ordered_print(void *state, int objtype, IDTYPE id) {
    relgraph_ordered_ids_t *ids = (relgraph_ordered_ids_t *)state;
    size_t i;
    if (objtype == AGRAPH && relgraph_ordered_index(ids, id, &i)) return ids->names[i];
    return AgIdDisc.print(ids->root, objtype, id);
}

static inline void relgraph_ordered_close(void *state) { (void)state; }

static inline void relgraph_ordered_register(void *state, int objtype, void *obj) {
    AgIdDisc.idregister(((relgraph_ordered_ids_t *)state)->root, objtype, obj);
}

static Agiddisc_t relgraph_ordered_id_discipline = {
    relgraph_ordered_open, relgraph_ordered_map, relgraph_ordered_alloc, relgraph_ordered_free,
    relgraph_ordered_print, relgraph_ordered_close, relgraph_ordered_register,
};

/// Opens a graph whose subgraphs keep creation order (see above); memory and I/O as by default.
static inline Agraph_t *relgraph_agopen(const char *name, Agdesc_t desc) {
    static Agdisc_t discipline = { .id = &relgraph_ordered_id_discipline };
    return agopen((char *)name, desc, &discipline);
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
