// The one header Swift sees of Graphviz. Inline wrappers live here because 2.42 takes `char *`
// where Swift hands `const char *`, and because its `Agdirected`-style globals are not
// concurrency-safe in Swift 6.
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif
