#ifndef INFLUENCE_CGRAPHVIZ_SHIM_H
#define INFLUENCE_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Agdirected is a global struct that Swift 6 rejects as not concurrency-safe. */
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }
static inline Agdesc_t cgraphviz_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cgraphviz_undirected(void) { return Agundirected; }
static inline Agdesc_t cgraphviz_strict_undirected(void) { return Agstrictundirected; }


/* ---- Deterministic object ids ------------------------------------------------------------
   cgraph's default id discipline uses the address of each interned name as the object's id, and
   keeps subgraphs ordered by id: the order of clusters (and so the output) then follows malloc,
   and differs between two renderings of one graph in one process. This discipline numbers names
   in order of first use instead (even ids 2, 4, ...; anonymous objects get odd ids from a per-graph
   counter), so every graph built or read the same way gets the same ids. */
typedef struct {
    Agraph_t *root;
    char **names;          /* names[k] is the interned name of id 2k+2 */
    size_t count, capacity;
    size_t *slots;         /* open addressing over names: k+1, or 0 when empty */
    size_t slot_count;     /* a power of two, at least twice count */
    IDTYPE next_anonymous; /* odd */
} cgraphviz_ids_t;

static inline size_t cgraphviz_hash(const char *s) {
    size_t h = 1469598103934665603ULL;  /* FNV-1a */
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
    return h;
}

static inline int cgraphviz_ids_find(cgraphviz_ids_t *st, const char *str, size_t *k) {
    if (st->slot_count == 0) return 0;
    size_t mask = st->slot_count - 1;
    for (size_t i = cgraphviz_hash(str) & mask; st->slots[i] != 0; i = (i + 1) & mask) {
        if (strcmp(st->names[st->slots[i] - 1], str) == 0) { *k = st->slots[i] - 1; return 1; }
    }
    return 0;
}

static inline int cgraphviz_ids_grow(cgraphviz_ids_t *st) {
    if (st->count == st->capacity) {
        size_t capacity = st->capacity ? 2 * st->capacity : 64;
        char **names = realloc(st->names, capacity * sizeof(char *));
        if (!names) return 0;
        st->names = names;
        st->capacity = capacity;
    }
    if (2 * (st->count + 1) > st->slot_count) {
        size_t slot_count = st->slot_count ? 2 * st->slot_count : 128;
        size_t *slots = calloc(slot_count, sizeof(size_t));
        if (!slots) return 0;
        for (size_t k = 0; k < st->count; k++) {
            size_t i = cgraphviz_hash(st->names[k]) & (slot_count - 1);
            while (slots[i] != 0) i = (i + 1) & (slot_count - 1);
            slots[i] = k + 1;
        }
        free(st->slots);
        st->slots = slots;
        st->slot_count = slot_count;
    }
    return 1;
}

static void *cgraphviz_ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    cgraphviz_ids_t *st = calloc(1, sizeof(cgraphviz_ids_t));
    if (st) { st->root = g; st->next_anonymous = 1; }
    return st;
}

static long cgraphviz_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    cgraphviz_ids_t *st = state;
    if (!str) {
        *id = st->next_anonymous;
        st->next_anonymous += 2;
        return 1;
    }
    size_t k;
    if (cgraphviz_ids_find(st, str, &k)) { *id = 2 * (IDTYPE)k + 2; return 1; }
    if (!createflag || !cgraphviz_ids_grow(st)) return 0;
    k = st->count++;
    st->names[k] = agstrdup(st->root, str);  /* keeps an HTML string's mark, as the default does */
    size_t mask = st->slot_count - 1, i = cgraphviz_hash(str) & mask;
    while (st->slots[i] != 0) i = (i + 1) & mask;
    st->slots[i] = k + 1;
    *id = 2 * (IDTYPE)k + 2;
    return 1;
}

static long cgraphviz_ids_alloc(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype;
    return id % 2 == 0 ? 0 : 1;  /* as the default: a name's id cannot be requested directly */
}

static void cgraphviz_ids_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;  /* names live until the graph closes */
}

static char *cgraphviz_ids_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    cgraphviz_ids_t *st = state;
    if (id % 2 != 0 || id == 0 || (id - 2) / 2 >= st->count) return NULL;
    return st->names[(id - 2) / 2];
}

static void cgraphviz_ids_close(void *state) {
    cgraphviz_ids_t *st = state;
    for (size_t k = 0; k < st->count; k++) agstrfree(st->root, st->names[k]);
    free(st->names);
    free(st->slots);
    free(st);
}

static void cgraphviz_ids_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

static Agiddisc_t cgraphviz_id_discipline = {
    cgraphviz_ids_open, cgraphviz_ids_map, cgraphviz_ids_alloc, cgraphviz_ids_free,
    cgraphviz_ids_print, cgraphviz_ids_close, cgraphviz_ids_register,
};

/* DOT text read from memory, a line per call as cgraph's own agmemread does. */
typedef struct { const char *data; size_t length; size_t position; } cgraphviz_reader_t;

static int cgraphviz_reader_read(void *chan, char *buf, int bufsize) {
    cgraphviz_reader_t *r = chan;
    if (bufsize <= 0 || r->position >= r->length) return 0;
    int n = 0;
    char c;
    do {
        c = r->data[r->position++];
        buf[n++] = c;
    } while (c != '\n' && n < bufsize && r->position < r->length);
    return n;
}

static Agiodisc_t cgraphviz_reader_discipline = { cgraphviz_reader_read, NULL, NULL };

static inline Agdisc_t *cgraphviz_discipline(void) {
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &cgraphviz_id_discipline;
    disc.io = &AgIoDisc;
    return &disc;
}

/* cgraph takes `char *` where it only reads; it copies every string it keeps. */
static inline Agraph_t *cgraphviz_open(const char *name, Agdesc_t desc) {
    return agopen((char *)name, desc, cgraphviz_discipline());
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
/* Reads the first graph of `text` (as agmemread, but with the deterministic id discipline).
   cgraph's lexer keeps the rest of its buffer (and its line count) for the next read: a second
   graph in one text would come back from the next call instead of that call's own text. So reset
   the line count before reading and drain the lexer after; `extra` receives the number of further
   graphs that were discarded. */
static inline Agraph_t *cgraphviz_memread(const char *text, int *extra) {
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &cgraphviz_id_discipline;
    disc.io = &cgraphviz_reader_discipline;
    cgraphviz_reader_t reader = { text, strlen(text), 0 };
    agsetfile(NULL);
    Agraph_t *g = agconcat(NULL, &reader, &disc);
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
