#ifndef INFLUENCE_CGRAPHVIZ_SHIM_H
#define INFLUENCE_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stddef.h>

/* Agdirected is a global struct that Swift 6 rejects as not concurrency-safe. */
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }
static inline Agdesc_t cgraphviz_strict_directed(void) { return Agstrictdirected; }

/* cgraph takes `char *` where it only reads; it copies every string it keeps. */
static inline Agraph_t *cgraphviz_open(const char *name, Agdesc_t desc) {
    return agopen((char *)name, desc, NULL);
}
static inline Agraph_t *cgraphviz_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}
static inline Agnode_t *cgraphviz_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}
static inline Agedge_t *cgraphviz_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *name) {
    return agedge(g, t, h, (char *)name, 1);
}
static inline Agsym_t *cgraphviz_attr(Agraph_t *g, int kind, const char *name, const char *dflt) {
    return agattr(g, kind, (char *)name, (char *)dflt);
}
static inline int cgraphviz_safeset(void *obj, const char *name, const char *value, const char *dflt) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)dflt);
}
static inline int cgraphviz_safeset_html(Agraph_t *g, void *obj, const char *name, const char *value, const char *dflt) {
    char *html = agstrdup_html(g, (char *)value);
    int rc = agsafeset(obj, (char *)name, html, (char *)dflt);
    agstrfree(g, html);
    return rc;
}
static inline char *cgraphviz_get(void *obj, const char *name) {
    return agget(obj, (char *)name);
}
static inline int cgraphviz_layout(GVC_t *gvc, Agraph_t *g, const char *engine) {
    return gvLayout(gvc, g, engine);
}
/* gvRenderData's length is `unsigned int *` in Graphviz 2.x and `size_t *` in later releases. */
static inline int cgraphviz_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **result, size_t *length) {
#if defined(GVC_VERSION_MAJOR) || defined(GRAPHVIZ_VERSION_MAJOR)
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
#endif
}
static inline Agraph_t *cgraphviz_memread(const char *text) {
    return agmemread(text);
}
static inline int cgraphviz_kind_graph(void) { return AGRAPH; }
static inline int cgraphviz_kind_node(void) { return AGNODE; }
static inline int cgraphviz_kind_edge(void) { return AGEDGE; }

#endif
