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

// An ID discipline that numbers objects in creation order. cgraph's default gives a named node
// or subgraph the address of its interned name as ID and keeps subgraphs in ID order, so the
// heap's state decided the order of clusters in layouts and in agwrite's output. Here names are
// declined, so cgraph keeps them in its internal name map and takes a sequential ID instead.
static inline void *relgraph_ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    IDTYPE *next = (IDTYPE *)malloc(sizeof(IDTYPE));
    if (next) *next = 1;
    return next;
}
static inline long relgraph_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype; (void)createflag;
    if (str != NULL || state == NULL) return 0;
    IDTYPE *next = (IDTYPE *)state;
    *id = *next;
    *next += 2;   /* odd, like cgraph's own anonymous IDs */
    return 1;
}
static inline long relgraph_ids_alloc(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return 0;
}
static inline void relgraph_ids_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
}
static inline char *relgraph_ids_print(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return NULL;   /* names come from cgraph's internal map */
}
static inline void relgraph_ids_close(void *state) { free(state); }
static inline void relgraph_ids_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}
static inline Agiddisc_t *relgraph_sequential_ids(void) {
    static Agiddisc_t ids = {
        relgraph_ids_open, relgraph_ids_map, relgraph_ids_alloc, relgraph_ids_free,
        relgraph_ids_print, relgraph_ids_close, relgraph_ids_register,
    };
    return &ids;
}

/// Opens a root graph whose objects get sequential IDs (see above).
static inline Agraph_t *relgraph_agopen(const char *name, Agdesc_t desc) {
    Agdisc_t disc = { &AgMemDisc, relgraph_sequential_ids(), &AgIoDisc };
    return agopen((char *)name, desc, &disc);
}

/// Text handed to cgraph's lexer a line at a time, as `agmemread` does.
typedef struct {
    const char *data;
    size_t length;
    size_t position;
} relgraph_text_reader;

static inline int relgraph_text_read(void *chan, char *buf, int bufsize) {
    relgraph_text_reader *reader = (relgraph_text_reader *)chan;
    if (bufsize <= 0 || reader->position >= reader->length) return 0;
    int count = 0;
    while (count < bufsize && reader->position < reader->length) {
        char c = reader->data[reader->position++];
        buf[count++] = c;
        if (c == '\n') break;
    }
    return count;
}

/// `agmemread` with sequential IDs: parses the first graph in `text` (NUL-terminated).
static inline Agraph_t *relgraph_agmemread(const char *text) {
    static Agiodisc_t io;
    io.afread = relgraph_text_read;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    relgraph_text_reader reader = { text, strlen(text), 0 };
    agsetfile(NULL);   /* restart line numbers, as each file read by dot does */
    Agdisc_t disc = { &AgMemDisc, relgraph_sequential_ids(), &io };
    return agread(&reader, &disc);
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
