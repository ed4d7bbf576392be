/// The explorer's script: pan and zoom, forgiving search, selection of a paper with its lineage
/// and impact, edge evidence, the ranking, the era filter, the legend and the keyboard.
///
/// The search ports ``NodeLookup`` (`Sources/InfluenceGraph/NodeLookup.swift`) rule for rule:
/// exact id; exact folded name (id, label, title, alias); unique prefix of a folded name; the
/// closest spelling by optimal string alignment distance (Damerau–Levenshtein with adjacent
/// transpositions), within a quarter of the query's length, when one node is strictly closest.
/// Lineage and impact are breadth-first searches over the embedded edges, the same sets as
/// `influence lineage` and `influence impact` without `--depth`.
enum ExplorerScript {
    static let javaScript = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("influence-data").textContent);
      var nodes = data.graph.nodes, edges = data.graph.edges, N = nodes.length;
      var metrics = data.metrics, eras = data.eras, view = data.view || {};
      var indexByID = new Map();
      nodes.forEach(function (n, v) { if (!indexByID.has(n.id)) indexByID.set(n.id, v); });
      var src = new Int32Array(edges.length), dst = new Int32Array(edges.length);
      var outEdges = [], inEdges = [];
      for (var v = 0; v < N; v++) { outEdges.push([]); inEdges.push([]); }
      edges.forEach(function (e, i) {
        src[i] = indexByID.get(e.source); dst[i] = indexByID.get(e.target);
        outEdges[src[i]].push(i); inEdges[dst[i]].push(i);
      });
      var eraIndex = new Map(eras.map(function (e, i) { return [e.name, i]; }));

      var $ = function (id) { return document.getElementById(id); };
      var graphBox = $("graph"), svg = graphBox.querySelector("svg"), details = $("details");
      var searchInput = $("search"), results = $("search-results"), statusLine = $("status");

      // ---- text helpers ----
      function el(tag, attrs, children) {
        var e = document.createElement(tag);
        if (attrs) for (var k in attrs) {
          if (k === "text") e.textContent = attrs[k];
          else if (k === "class") e.className = attrs[k];
          else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
          else if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
        }
        (children || []).forEach(function (c) { if (c !== null && c !== undefined) e.append(c); });
        return e;
      }
      function name(v) { var n = nodes[v]; return n.label || n.id; }
      function described(v) { var n = nodes[v]; return n.year ? name(v) + " (" + n.year + ")" : name(v); }
      function formatScore(x, count) {
        if (x === null || x === undefined) return "–";
        if (count) return String(Math.round(x));
        if (x === 0) return "0";
        if (Math.abs(x) >= 1000 || Math.abs(x) < 0.0001) return x.toExponential(3);
        return x.toFixed(4);
      }
      function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

      // ---- the SVG's elements ----
      var nodeEl = new Array(N).fill(null), edgeEl = new Array(edges.length).fill(null);
      var drawn = [];
      for (var v = 0; v < N; v++) {
        var g = $("node-" + v);
        if (!g) continue;
        nodeEl[v] = g; drawn.push(v);
        g.setAttribute("data-id", nodes[v].id);
        g.setAttribute("tabindex", "0");
        g.setAttribute("role", "button");
        g.setAttribute("aria-label", described(v) + (nodes[v].kind === "system" ? ", system" : ""));
      }
      var drawnSet = new Set(drawn);
      // The legend and the year axis are drawn as nodes too; they never fade.
      svg.querySelectorAll("g.node").forEach(function (g) { if (!g.hasAttribute("data-id")) g.classList.add("aux"); });
      for (var i = 0; i < edges.length; i++) {
        var ge = $("edge-" + i);
        if (!ge) continue;
        edgeEl[i] = ge;
        ge.setAttribute("data-edge", String(i));
        var p = ge.querySelector("path");
        if (p) {
          var hit = p.cloneNode(false);
          hit.removeAttribute("stroke-dasharray");
          hit.setAttribute("class", "hit");
          (p.parentNode).appendChild(hit);
        }
      }
      var eraEl = eras.map(function (_, i) { return $("era-" + i); });
      svg.setAttribute("role", "group");
      svg.setAttribute("aria-label", "Influence graph, " + plural(drawn.length, "node", "nodes"));
      svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
      svg.querySelectorAll("title").forEach(function (t) { if (t.parentNode === svg || t.parentNode.id === "graph0") t.remove(); });

      // ---- pan and zoom: the viewBox is the visible rectangle in graph units ----
      var base = svg.viewBox.baseVal;
      var full = { x: base.x, y: base.y, w: base.width, h: base.height };
      var cam = { x: full.x, y: full.y, k: 1 };
      function box() { var r = graphBox.getBoundingClientRect(); return { w: Math.max(1, r.width), h: Math.max(1, r.height), left: r.left, top: r.top }; }
      function apply() {
        var b = box();
        svg.setAttribute("viewBox", [cam.x, cam.y, b.w / cam.k, b.h / cam.k].map(function (x) { return +x.toFixed(3); }).join(" "));
      }
      function fitScale() { var b = box(); return Math.min(b.w / full.w, b.h / full.h) * 0.97; }
      function limits() { var f = fitScale(); return { lo: Math.min(f, 0.2) * 0.5, hi: 8 }; }
      function fit() {
        var b = box(); cam.k = fitScale();
        cam.x = full.x - (b.w / cam.k - full.w) / 2; cam.y = full.y - (b.h / cam.k - full.h) / 2; apply();
      }
      // The first view: the whole graph, unless that makes its text too small to read (a wide
      // graph on a phone); then its full height, centred on the most influential paper.
      function start() {
        var b = box(), k = fitScale();
        if (k >= 0.3) { fit(); return; }
        k = Math.min(0.6, Math.max(k, b.h / full.h * 0.97));
        var centre = full.x + full.w / 2, top = metrics.length ? metrics[0].ranking.filter(function (v) { return drawnSet.has(v); })[0] : undefined;
        cam.k = k; cam.x = centre - b.w / k / 2; cam.y = full.y - (b.h / k - full.h) / 2; apply();
        if (top !== undefined) { var r = graphRect(nodeEl[top]); cam.x = r.x + r.w / 2 - b.w / k / 2; apply(); }
      }
      function zoomAt(factor, cx, cy) {
        var l = limits(), k = Math.max(l.lo, Math.min(l.hi, cam.k * factor));
        var gx = cam.x + cx / cam.k, gy = cam.y + cy / cam.k;
        cam.k = k; cam.x = gx - cx / k; cam.y = gy - cy / k; apply();
      }
      function zoomCentre(factor) { var b = box(); zoomAt(factor, b.w / 2, b.h / 2); }
      function graphRect(element) {
        var r = element.getBoundingClientRect(), b = box();
        return { x: cam.x + (r.left - b.left) / cam.k, y: cam.y + (r.top - b.top) / cam.k, w: r.width / cam.k, h: r.height / cam.k };
      }
      function reveal(v) {
        if (!nodeEl[v]) return;
        var r = graphRect(nodeEl[v]), b = box();
        var readable = Math.min(1.1, Math.max(fitScale(), 0.75));
        if (cam.k < readable) cam.k = readable;
        cam.x = r.x + r.w / 2 - b.w / cam.k / 2; cam.y = r.y + r.h / 2 - b.h / cam.k / 2; apply();
      }
      $("zoom-in").addEventListener("click", function () { zoomCentre(1.4); });
      $("zoom-out").addEventListener("click", function () { zoomCentre(1 / 1.4); });
      $("zoom-fit").addEventListener("click", fit);
      graphBox.addEventListener("wheel", function (ev) {
        ev.preventDefault();
        var b = box(), dy = ev.deltaY * (ev.deltaMode === 1 ? 16 : ev.deltaMode === 2 ? b.h : 1);
        zoomAt(Math.exp(-dy * 0.0015), ev.clientX - b.left, ev.clientY - b.top);
      }, { passive: false });
      var pointers = new Map(), drag = null;
      graphBox.addEventListener("pointerdown", function (ev) {
        if (ev.button !== 0 || ev.target.closest(".status")) return;
        pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
        if (pointers.size === 1) drag = { x: ev.clientX, y: ev.clientY, moved: false, target: ev.target, id: ev.pointerId };
        else if (drag) drag.moved = true;
      });
      graphBox.addEventListener("pointermove", function (ev) {
        var last = pointers.get(ev.pointerId);
        if (!last) return;
        if (pointers.size === 2) {
          var other = null;
          pointers.forEach(function (p, id) { if (id !== ev.pointerId) other = p; });
          var before = Math.hypot(last.x - other.x, last.y - other.y), after = Math.hypot(ev.clientX - other.x, ev.clientY - other.y);
          var b = box();
          if (before > 0) zoomAt(after / before, (ev.clientX + other.x) / 2 - b.left, (ev.clientY + other.y) / 2 - b.top);
        } else if (drag && drag.id === ev.pointerId) {
          if (!drag.moved && Math.hypot(ev.clientX - drag.x, ev.clientY - drag.y) > 4) {
            drag.moved = true; graphBox.classList.add("dragging");
            try { graphBox.setPointerCapture(ev.pointerId); } catch (e) {}
          }
          if (drag.moved) { cam.x -= (ev.clientX - last.x) / cam.k; cam.y -= (ev.clientY - last.y) / cam.k; apply(); }
        }
        pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      });
      function endPointer(ev) {
        if (!pointers.delete(ev.pointerId)) return;
        graphBox.classList.remove("dragging");
        if (drag && drag.id === ev.pointerId) {
          if (!drag.moved && ev.type === "pointerup") activate(drag.target);
          drag = null;
        }
      }
      graphBox.addEventListener("pointerup", endPointer);
      graphBox.addEventListener("pointercancel", endPointer);
      function activate(target) {
        var g = target.closest ? target.closest("g.node, g.edge") : null;
        if (g && g.classList.contains("node") && g.id.indexOf("node-") === 0) select(+g.id.slice(5));
        else if (g && g.hasAttribute("data-edge")) selectEdge(+g.getAttribute("data-edge"));
        else if (!target.closest("g.node")) clearSelection();
      }
      svg.addEventListener("keydown", function (ev) {
        var g = ev.target.closest && ev.target.closest("g.node");
        if (g && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(+g.id.slice(5)); }
      });
      svg.addEventListener("focusin", function (ev) {
        // Keep a paper reached with Tab in view.
        var g = ev.target.closest && ev.target.closest("g.node");
        if (!g) return;
        var r = g.getBoundingClientRect(), b = box();
        if (r.left < b.left || r.top < b.top || r.right > b.left + b.w || r.bottom > b.top + b.h) {
          var q = graphRect(g);
          cam.x = q.x + q.w / 2 - b.w / cam.k / 2; cam.y = q.y + q.h / 2 - b.h / cam.k / 2; apply();
        }
      });
      window.addEventListener("resize", function () { apply(); });

      // ---- selection: lineage (ancestors) and impact (descendants) ----
      function closure(start, adjacent, other) {
        var seen = new Uint8Array(N), queue = [start], found = [];
        seen[start] = 1;
        for (var head = 0; head < queue.length; head++) {
          var list = adjacent[queue[head]];
          for (var j = 0; j < list.length; j++) {
            var w = other[list[j]];
            if (!seen[w]) { seen[w] = 1; queue.push(w); found.push(w); }
          }
        }
        return found;
      }
      var selected = null, selectedEdge = null;
      function resetMarks() {
        svg.classList.remove("dim");
        svg.querySelectorAll(".lit, .selected").forEach(function (e) { e.classList.remove("lit", "selected"); });
        document.querySelectorAll("#ranking button[aria-current]").forEach(function (b) { b.removeAttribute("aria-current"); });
      }
      function select(v, options) {
        options = options || {};
        resetMarks();
        selected = v; selectedEdge = null;
        var up = closure(v, inEdges, src), down = closure(v, outEdges, dst);
        var upSet = new Set(up), downSet = new Set(down);
        upSet.add(v); downSet.add(v);
        svg.classList.add("dim");
        [v].concat(up, down).forEach(function (w) { if (nodeEl[w]) nodeEl[w].classList.add("lit"); });
        if (nodeEl[v]) nodeEl[v].classList.add("selected");
        edgeEl.forEach(function (g, e) {
          if (g && ((upSet.has(src[e]) && upSet.has(dst[e])) || (downSet.has(src[e]) && downSet.has(dst[e])))) g.classList.add("lit");
        });
        var row = document.querySelector('#ranking button[data-node="' + v + '"]');
        if (row) row.setAttribute("aria-current", "true");
        showNode(v, up.length, down.length);
        if (options.reveal) reveal(v);
        setHash(nodes[v].id);
      }
      function selectEdge(e) {
        resetMarks();
        selected = null; selectedEdge = e;
        svg.classList.add("dim");
        [src[e], dst[e]].forEach(function (w) { if (nodeEl[w]) nodeEl[w].classList.add("lit"); });
        if (edgeEl[e]) edgeEl[e].classList.add("lit", "selected");
        showEdge(e);
      }
      function clearSelection() {
        resetMarks();
        selected = null; selectedEdge = null;
        showIntro();
        setHash("");
      }
      function setHash(id) {
        try { history.replaceState(null, "", id ? "#" + encodeURIComponent(id) : location.pathname + location.search); } catch (e) {}
      }

      // ---- the details panel ----
      function paperButton(v) {
        return el("button", { type: "button", class: "paper-link", "data-node": String(v), text: described(v),
                              onclick: function () { select(v, { reveal: true }); } });
      }
      function showIntro() {
        var papers = nodes.filter(function (n) { return n.kind === "paper"; }).length;
        details.replaceChildren(
          el("h2", { id: "details-heading", text: "Explore the graph" }),
          el("p", { text: plural(papers, "paper", "papers") + ", " + plural(N - papers, "system", "systems") + " the text names, " +
                          plural(edges.length, "influence edge", "influence edges") + (drawn.length < N ? "; " + drawn.length + " drawn in this view." : ".") }),
          el("ul", { class: "intro" }, [
            el("li", { text: "Click a paper to light up what led to it and what it led to." }),
            el("li", { text: "Click an arrow to read the sentence that states the influence." }),
            el("li", {}, [el("kbd", { text: "/" }), " searches by name, title or alias; ", el("kbd", { text: "Esc" }), " clears."]),
            el("li", { text: "Drag to pan; scroll or use the buttons to zoom." })
          ]));
      }
      function edgeItem(e, otherEnd) {
        var evidence = edges[e].evidence;
        return el("li", {}, [
          el("div", { class: "row" }, [paperButton(otherEnd), el("span", { class: "rel", text: data.sentences[e] })]),
          evidence ? el("button", { type: "button", class: "evidence-link", "data-edge": String(e), text: "“" + evidence + "”",
                                    "aria-label": "Evidence: " + data.sentences[e],
                                    onclick: function () { selectEdge(e); } }) : null
        ]);
      }
      function showNode(v, ancestors, descendants) {
        var n = nodes[v];
        var kicker = (n.kind === "system" ? "System the text names" : "Paper") + (n.era ? " · " + n.era : "");
        var parts = [
          el("button", { type: "button", class: "clear", text: "Clear (Esc)", onclick: clearSelection }),
          el("div", { class: "kicker", text: kicker }),
          el("h2", { id: "details-heading", class: "name" }, [name(v), n.year ? el("span", { class: "year", text: String(n.year) }) : null]),
          n.title && n.title !== name(v) ? el("p", { class: "fulltitle", text: n.title }) : null,
          el("div", { class: "reach" }, [
            el("span", { class: "chip" }, [el("b", { text: String(ancestors) }), ancestors === 1 ? " work led to it" : " works led to it"]),
            el("span", { class: "chip" }, [el("b", { text: String(descendants) }), descendants === 1 ? " work built on it" : " works built on it"])
          ]),
          n.description ? el("p", { class: "description", text: n.description }) : null,
          n.impact ? el("p", { class: "impact", text: n.impact }) : null,
          n.kind === "system" ? el("p", { class: "note", text: "The corpus names this system but has no entry for it." }) : null,
          n.url ? el("p", {}, [el("a", { href: n.url, text: n.url, rel: "noopener" })]) : null,
          nodeEl[v] ? null : el("p", { class: "note", text: "Not drawn in this view." })
        ];
        var papers = metrics.length ? metrics[0].ranking.length : 0;
        var tbody = el("tbody", {}, metrics.map(function (m) {
          var rank = m.ranks[v];
          var place = n.kind === "paper" ? "#" + rank + " of " + papers : "#" + rank + " of " + N + "*";
          return el("tr", {}, [el("td", { text: m.title }), el("td", { class: "num", text: place }),
                               el("td", { class: "num", text: formatScore(m.scores[v], m.count) })]);
        }));
        parts.push(el("h3", { text: "Rank by measure" }),
                   el("table", { class: "ranks" }, [
                     el("caption", { class: "sr-only", text: "Rank and score of " + name(v) + " under each measure" }),
                     el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "Measure" }), el("th", { scope: "col", class: "num", text: "Rank" }),
                                                    el("th", { scope: "col", class: "num", text: "Score" })])]),
                     tbody]));
        if (n.kind === "system") parts.push(el("p", { class: "note", text: "* among papers and systems" }));
        var incoming = inEdges[v], outgoing = outEdges[v];
        parts.push(el("h3", { text: "Drew on (" + incoming.length + ")" }));
        parts.push(incoming.length ? el("ul", { class: "links", "aria-label": "Works " + name(v) + " drew on" }, incoming.map(function (e) { return edgeItem(e, src[e]); }))
                                   : el("p", { class: "note", text: "Nothing in the corpus." }));
        parts.push(el("h3", { text: "Led to (" + outgoing.length + ")" }));
        parts.push(outgoing.length ? el("ul", { class: "links", "aria-label": "Works that built on " + name(v) }, outgoing.map(function (e) { return edgeItem(e, dst[e]); }))
                                   : el("p", { class: "note", text: "Nothing in the corpus." }));
        details.replaceChildren.apply(details, parts.filter(function (x) { return x; }));
        details.scrollTop = 0;
        $("side").scrollTop = 0;
      }
      function showEdge(e) {
        var edge = edges[e], family = familyOf(edge.relation);
        var parts = [
          el("button", { type: "button", class: "clear", text: "Clear (Esc)", onclick: clearSelection }),
          el("div", { class: "kicker", text: "Influence · " + (family ? family.name : edge.relation) }),
          el("h2", { id: "details-heading", class: "name", text: data.sentences[e] }),
          edge.evidence ? el("blockquote", { id: "evidence", class: "evidence", text: edge.evidence })
                        : el("p", { class: "note", text: "No sentence states this edge (it comes from an edge list)." })
        ];
        var more = (edge.statements || []).slice(1);
        if (more.length) {
          parts.push(el("h3", { text: "Also stated" }));
          parts.push(el("ul", { class: "links" }, more.map(function (s) { return el("li", { text: "“" + s.sentence + "”" }); })));
        }
        var first = (edge.statements || [])[0];
        var where = first ? "In the entry " + first.entry + (first.line ? (first.file ? ", " + first.file : "") + " line " + first.line : "") + ". " : "";
        parts.push(el("p", { class: "note", text: where + "Relation: " + edge.relation + "; confidence " + edge.confidence + "." }));
        parts.push(el("div", { class: "ends" }, [
          el("button", { type: "button", "data-node": String(src[e]), text: "← " + described(src[e]), onclick: function () { select(src[e], { reveal: true }); } }),
          el("button", { type: "button", "data-node": String(dst[e]), text: described(dst[e]) + " →", onclick: function () { select(dst[e], { reveal: true }); } })
        ]));
        details.replaceChildren.apply(details, parts);
        $("side").scrollTop = 0;
      }

      // ---- ranking ----
      var metricSelect = $("metric"), rankingList = $("ranking");
      metrics.forEach(function (m, i) { metricSelect.append(el("option", { value: String(i), text: m.title })); });
      function showRanking() {
        var m = metrics[+metricSelect.value || 0];
        var top = m.ranking.filter(function (v) { return drawnSet.has(v); }).slice(0, 10);
        var best = top.length ? m.scores[top[0]] : 0;
        rankingList.replaceChildren.apply(rankingList, top.map(function (v, i) {
          var s = m.scores[v], share = best > 0 && s > 0 ? Math.max(2, 100 * s / best) : 0;
          return el("li", {}, [el("button", { type: "button", "data-node": String(v), "data-id": nodes[v].id,
                                               "aria-label": (i + 1) + ". " + described(v) + ", " + m.title + " " + formatScore(s, m.count),
                                               onclick: function () { select(v, { reveal: true }); } }, [
            el("span", { class: "rk", text: String(i + 1) }),
            el("span", { class: "nm" }, [name(v), nodes[v].year ? el("small", { text: String(nodes[v].year) }) : null]),
            el("span", { class: "sc", text: formatScore(s, m.count) }),
            el("span", { class: "meter", "aria-hidden": "true" }, [el("i", { style: "width:" + share.toFixed(1) + "%" })])
          ])]);
        }));
        if (selected !== null) {
          var row = rankingList.querySelector('button[data-node="' + selected + '"]');
          if (row) row.setAttribute("aria-current", "true");
        }
      }
      metricSelect.addEventListener("change", showRanking);

      // ---- eras ----
      var eraBox = $("eras"), eraOff = new Set();
      var eraCount = eras.map(function () { return 0; });
      drawn.forEach(function (v) { var i = eraIndex.get(nodes[v].era); if (i !== undefined) eraCount[i]++; });
      eras.forEach(function (era, i) {
        if (!eraCount[i]) return;
        var years = era.from ? (era.from === era.to ? String(era.from) : era.from + "–" + era.to) : "";
        eraBox.append(el("label", { title: era.blurb || null }, [
          el("input", { type: "checkbox", checked: "", value: String(i), onchange: function (ev) { toggleEra(i, ev.target.checked); } }),
          el("span", { text: era.name }), el("span", { class: "yrs", text: (years ? years + " · " : "") + eraCount[i] })
        ]));
      });
      function toggleEra(i, on) {
        if (on) eraOff.delete(i); else eraOff.add(i);
        applyEras();
      }
      function applyEras() {
        function off(v) { var i = eraIndex.get(nodes[v].era); return i !== undefined && eraOff.has(i); }
        drawn.forEach(function (v) { nodeEl[v].classList.toggle("era-off", off(v)); });
        edgeEl.forEach(function (g, e) { if (g) g.classList.toggle("era-off", off(src[e]) || off(dst[e])); });
        eraEl.forEach(function (g, i) { if (g) g.classList.toggle("era-off", eraOff.has(i)); });
      }
      $("eras-all").addEventListener("click", function () {
        eraOff.clear();
        eraBox.querySelectorAll("input").forEach(function (c) { c.checked = true; });
        applyEras();
      });

      // ---- legend ----
      function swatch(kind, family) {
        var ns = "http://www.w3.org/2000/svg", s = document.createElementNS(ns, "svg");
        s.setAttribute("width", "34"); s.setAttribute("height", "16"); s.setAttribute("aria-hidden", "true");
        function add(tag, attrs) { var e = document.createElementNS(ns, tag); for (var k in attrs) e.setAttribute(k, attrs[k]); s.append(e); }
        if (kind === "paper") add("rect", { x: 2, y: 2, width: 30, height: 12, rx: 3, fill: "#5a9ccb", stroke: "#004a73" });
        else if (kind === "paper-light") add("rect", { x: 2, y: 2, width: 30, height: 12, rx: 3, fill: "#eef5fa", stroke: "#004a73" });
        else if (kind === "system") add("ellipse", { cx: 17, cy: 8, rx: 14, ry: 6, fill: "#f8f8f8", stroke: "#bbbbbb" });
        else if (kind === "selected") add("rect", { x: 2, y: 2, width: 30, height: 12, rx: 3, fill: "#fff", stroke: "#D55E00", "stroke-width": 3 });
        else {
          var dash = family.line === "dashed" ? "5 3" : family.line === "dotted" ? "1.5 3" : "";
          add("line", { x1: 2, y1: 8, x2: 26, y2: 8, stroke: family.color, "stroke-width": family.line === "bold" ? 3 : 2, "stroke-dasharray": dash });
          add("path", { d: "M26 4 L33 8 L26 12 Z", fill: family.color });
        }
        return s;
      }
      function familyOf(relation) {
        for (var i = 0; i < data.families.length; i++) if (data.families[i].relations.indexOf(relation) >= 0) return data.families[i];
        return data.families[0];
      }
      (function () {
        var legend = $("legend"), used = new Set();
        edges.forEach(function (e, i) { if (edgeEl[i]) used.add(familyOf(e.relation)); });
        var kinds = new Set(drawn.map(function (v) { return nodes[v].kind; }));
        if (kinds.has("paper")) {
          legend.append(el("li", {}, [swatch("paper"), el("span", {}, ["more influential", el("small", { text: "darker, by PageRank" })])]));
          legend.append(el("li", {}, [swatch("paper-light"), el("span", {}, ["paper", el("small", { text: "box: a corpus entry" })])]));
        }
        if (kinds.has("system")) legend.append(el("li", {}, [swatch("system"), el("span", {}, ["system", el("small", { text: "named, no entry" })])]));
        legend.append(el("li", {}, [swatch("selected"), el("span", {}, ["selected", el("small", { text: "others fade" })])]));
        data.families.forEach(function (f) {
          if (!used.has(f)) return;
          legend.append(el("li", { title: f.relations.join(", ") }, [swatch("edge", f), el("span", {}, [f.name, el("small", { text: f.relations.join(", ") })])]));
        });
      })();

      // ---- search: the command line's forgiving name matching ----
      var separators = new Set([" ", "-", "_", ".", "\u00b7", "\u2010", "\u2011", "'", "\u2019"]);
      function fold(text) {
        var s = text.toLowerCase();
        if (s.indexOf("the ") === 0) s = s.slice(4);
        var out = "";
        for (var ch of s) if (!separators.has(ch)) out += ch;
        return out;
      }
      var names = [];
      nodes.forEach(function (n, v) {
        var seen = new Set();
        [n.id, n.label].concat(n.title ? [n.title] : [], n.aliases || []).forEach(function (raw) {
          var key = fold(raw);
          if (key && !seen.has(key)) { seen.add(key); names.push({ key: key, v: v }); }
        });
      });
      names.sort(function (a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : a.v - b.v; });
      function distance(a, b) {
        var x = Array.from(a), y = Array.from(b);
        if (!x.length) return y.length;
        if (!y.length) return x.length;
        var prev2 = new Array(y.length + 1).fill(0), prev = [], cur = new Array(y.length + 1).fill(0);
        for (var j = 0; j <= y.length; j++) prev.push(j);
        for (var i = 1; i <= x.length; i++) {
          cur[0] = i;
          for (var j = 1; j <= y.length; j++) {
            var cost = x[i - 1] === y[j - 1] ? 0 : 1;
            var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
            cur[j] = d;
          }
          var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[y.length];
      }
      function ranked(list) {
        return list.slice().sort(function (a, b) {
          var x = nodes[a], y = nodes[b];
          if (x.kind !== y.kind) return x.kind === "paper" ? -1 : 1;
          var ya = x.year || Infinity, yb = y.year || Infinity;
          if (ya !== yb) return ya - yb;
          var la = x.label, lb = y.label;
          return la !== lb ? (la < lb ? -1 : 1) : a - b;
        });
      }
      function withPrefix(key, exact) {
        var found = [];
        names.forEach(function (n) {
          if (n.key.indexOf(key) === 0 && (!exact || n.key === key) && found.indexOf(n.v) < 0) found.push(n.v);
        });
        return found;
      }
      function find(query) {
        if (indexByID.has(query)) return { kind: "found", v: indexByID.get(query) };
        var key = fold(query);
        if (!key) return { kind: "notFound", list: [] };
        var exact = withPrefix(key, true);
        if (exact.length === 1) return { kind: "found", v: exact[0] };
        if (exact.length > 1) return { kind: "ambiguous", list: ranked(exact) };
        var prefixed = withPrefix(key, false);
        if (prefixed.length === 1) return { kind: "found", v: prefixed[0] };
        if (prefixed.length > 1) return { kind: "ambiguous", list: ranked(prefixed) };
        var best = new Map();
        names.forEach(function (n) {
          var d = distance(key, n.key);
          if (!best.has(n.v) || d < best.get(n.v)) best.set(n.v, d);
        });
        var sorted = Array.from(best.entries()).sort(function (a, b) { return a[1] !== b[1] ? a[1] - b[1] : a[0] - b[0]; });
        var length = Array.from(key).length, threshold = Math.max(1, Math.floor(length / 4));
        if (sorted.length && sorted[0][1] <= threshold && (sorted.length === 1 || sorted[1][1] > sorted[0][1])) return { kind: "close", v: sorted[0][0] };
        return { kind: "notFound", list: sorted.slice(0, 5).filter(function (s) { return s[1] <= Math.max(3, Math.floor(length / 2)); }).map(function (s) { return s[0]; }) };
      }
      function choose(v, note) {
        closeResults();
        select(v, { reveal: true });
        statusLine.textContent = note || "";
      }
      function resultButton(v, note) {
        var n = nodes[v];
        return el("button", { type: "button", role: "option", "data-node": String(v), "data-id": n.id,
                              onclick: function () { choose(v, note); } },
                  [el("b", { text: described(v) }), n.title && n.title !== name(v) ? el("span", { class: "title", text: n.title }) : null]);
      }
      function closeResults() { results.hidden = true; results.replaceChildren(); searchInput.setAttribute("aria-expanded", "false"); }
      function showResults(query) {
        var m = find(query), items = [];
        if (m.kind === "found") items.push(resultButton(m.v));
        else if (m.kind === "close") items.push(el("p", { text: "Closest spelling:" }), resultButton(m.v, "Taking “" + query + "” to mean " + described(m.v) + "."));
        else if (m.kind === "ambiguous") {
          items.push(el("p", { text: plural(m.list.length, "match", "matches") + "; choose one:" }));
          m.list.slice(0, 30).forEach(function (v) { items.push(resultButton(v)); });
        } else {
          items.push(el("p", { text: "No paper or system matches “" + query + "”" + (m.list.length ? "; did you mean:" : ".") }));
          m.list.forEach(function (v) { items.push(resultButton(v)); });
        }
        results.replaceChildren.apply(results, items);
        results.hidden = false;
        searchInput.setAttribute("aria-expanded", "true");
        return m;
      }
      searchInput.addEventListener("input", function () {
        statusLine.textContent = "";
        if (searchInput.value.trim()) showResults(searchInput.value.trim()); else closeResults();
      });
      $("search-form").addEventListener("submit", function (ev) {
        ev.preventDefault();
        var query = searchInput.value.trim();
        if (!query) return;
        var m = find(query);
        if (m.kind === "found") choose(m.v);
        else if (m.kind === "close") choose(m.v, "Taking “" + query + "” to mean " + described(m.v) + ".");
        else { showResults(query); var first = results.querySelector("button"); if (first) first.focus(); }
      });
      searchInput.addEventListener("keydown", function (ev) {
        if (ev.key === "ArrowDown") { var first = results.querySelector("button"); if (first) { ev.preventDefault(); first.focus(); } }
      });
      results.addEventListener("keydown", function (ev) {
        var buttons = Array.from(results.querySelectorAll("button")), i = buttons.indexOf(document.activeElement);
        if (ev.key === "ArrowDown" && i < buttons.length - 1) { ev.preventDefault(); buttons[i + 1].focus(); }
        if (ev.key === "ArrowUp") { ev.preventDefault(); (i > 0 ? buttons[i - 1] : searchInput).focus(); }
      });
      document.addEventListener("click", function (ev) { if (!ev.target.closest(".search")) closeResults(); });

      // ---- keyboard ----
      document.addEventListener("keydown", function (ev) {
        var typing = ev.target.closest && ev.target.closest("input, select, textarea");
        if (ev.key === "/" && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
          ev.preventDefault(); searchInput.focus(); searchInput.select();
        } else if (ev.key === "Escape") {
          closeResults(); statusLine.textContent = ""; searchInput.value = "";
          if (typing) ev.target.blur();
          clearSelection();
        }
      });

      // ---- start ----
      showRanking();
      showIntro();
      start();
      var hash = decodeURIComponent(location.hash.slice(1));
      if (hash && indexByID.has(hash)) select(indexByID.get(hash), { reveal: true });
      else if (view.focus !== undefined && view.focus !== null) select(view.focus);
      document.documentElement.setAttribute("data-ready", "true");
    })();
    """#
}
