#ifndef INFLUENCE_CGRAPHVIZ_SHIM_H
#define INFLUENCE_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

/* Agdirected is a global struct that Swift 6 rejects as not concurrency-safe. */
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }
static inline Agdesc_t cgraphviz_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cgraphviz_undirected(void) { return Agundirected; }
static inline Agdesc_t cgraphviz_strict_undirected(void) { return Agstrictundirected; }

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
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
#endif
}
/* agmemread reads the first graph of `text`, but cgraph's lexer keeps the rest of its buffer (and
   its line count) for the next read: a second graph in one text would come back from the next
   call instead of that call's own text. So reset the line count before reading and drain the
   lexer after; `extra` receives the number of further graphs that were discarded. */
static inline Agraph_t *cgraphviz_memread(const char *text, int *extra) {
    agsetfile(NULL);
    Agraph_t *g = agmemread(text);
    *extra = 0;
    Agraph_t *rest;
    while ((rest = agmemread("")) != NULL) {
        agclose(rest);
        *extra += 1;
    }
    return g;
}
/* Object tags are macros. */
static inline int cgraphviz_type(void *obj) { return AGTYPE(obj); }
static inline unsigned long cgraphviz_seq(void *obj) { return (unsigned long)AGSEQ(obj); }
static inline Agnode_t *cgraphviz_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cgraphviz_head(Agedge_t *e) { return aghead(e); }
static inline int cgraphviz_is_html(const char *s) { return aghtmlstr((char *)s); }

/* agattr with a NULL default looks an attribute up (through the subgraph's view path) without declaring it. */
static inline Agsym_t *cgraphviz_find_attr(Agraph_t *g, int kind, const char *name) {
    return agattr(g, kind, (char *)name, NULL);
}

/* Messages: agseterrf installs a process-wide callback; agseterr sets the lowest level reported. */
typedef int (*cgraphviz_error_callback)(char *);
static inline void cgraphviz_capture_errors(cgraphviz_error_callback callback) {
    agseterrf(callback);
    agseterr(AGWARN);
}

/* agwrite through the default I/O discipline, which writes to a FILE *: an in-memory stream
   collects the text. The caller frees *result with free(). Returns agwrite's status, or -1. */
static inline int cgraphviz_write(Agraph_t *g, char **result, size_t *length) {
    *result = NULL;
    *length = 0;
    FILE *stream = open_memstream(result, length);
    if (!stream) return -1;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0) rc = -1;
    return rc;
}
static inline void cgraphviz_free(void *p) { free(p); }

static inline int cgraphviz_kind_graph(void) { return AGRAPH; }
static inline int cgraphviz_kind_node(void) { return AGNODE; }
static inline int cgraphviz_kind_edge(void) { return AGEDGE; }

#endif
