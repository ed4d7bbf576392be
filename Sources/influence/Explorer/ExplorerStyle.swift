/// The explorer's stylesheet. Colours are the Okabe–Ito palette the drawing uses (blue
/// `#0072B2` for influence, vermillion `#D55E00` for the selection), so they stay apart for
/// colour-blind readers; below 760 px the side panel moves under the graph.
enum ExplorerStyle {
    static let css = #"""
    :root {
      --ink: #222; --muted: #595959; --line: #dcdcd8; --pale: #f6f6f3; --panel: #fbfbf9;
      --accent: #0072B2; --accent-pale: #e3f0f8; --select: #D55E00; --focus: #D55E00;
      --side: 390px;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
      font-size: 15px; line-height: 1.45; color: var(--ink); background: #fff;
    }
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; }
    body { display: flex; flex-direction: column; height: 100vh; overflow: hidden; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .skip { position: absolute; left: -999px; top: 4px; z-index: 20; background: #fff; padding: 6px 10px; }
    .skip:focus { left: 8px; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    button, select, input { font: inherit; color: inherit; }
    button { cursor: pointer; }

    .bar { display: flex; align-items: center; gap: 14px; padding: 8px 16px; border-bottom: 1px solid var(--line);
           background: var(--pale); flex: none; flex-wrap: wrap; }
    .brand { display: flex; align-items: baseline; gap: 12px; min-width: 0; }
    .brand h1 { font-size: 19px; margin: 0; letter-spacing: .01em; font-weight: 700; }
    .brand h1::before { content: ""; display: inline-block; width: 11px; height: 11px; margin-right: 8px; border-radius: 2px;
                        background: var(--accent); box-shadow: 5px 5px 0 -1px var(--select); vertical-align: 1px; }
    .caption { margin: 0; font-size: 13px; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .search { position: relative; flex: 1 1 280px; max-width: 480px; margin-left: auto; }
    .search input { width: 100%; padding: 7px 34px 7px 11px; border: 1px solid #9a9a96; border-radius: 7px; background: #fff; }
    .search input:focus-visible { outline: none; border-color: var(--accent); box-shadow: 0 0 0 3px rgba(0, 114, 178, .35); }
    .search input::placeholder { color: #6b6b6b; }
    .search kbd { position: absolute; right: 9px; top: 50%; transform: translateY(-50%); font: 12px ui-monospace, monospace;
                  color: var(--muted); border: 1px solid #bbb; border-bottom-width: 2px; border-radius: 4px; padding: 0 5px; background: #fff; }
    .results { position: absolute; top: calc(100% + 4px); left: 0; right: 0; z-index: 10; background: #fff; border: 1px solid #9a9a96;
               border-radius: 7px; box-shadow: 0 6px 18px rgba(0,0,0,.14); max-height: 55vh; overflow-y: auto; padding: 4px; }
    .results p { margin: 6px 8px; font-size: 13px; color: var(--muted); }
    .results button { display: flex; width: 100%; gap: 8px; align-items: baseline; text-align: left; border: 0; background: none;
                      padding: 6px 8px; border-radius: 5px; }
    .results button:hover, .results button:focus-visible { background: var(--accent-pale); }
    .results .title { color: var(--muted); font-size: 13px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
    .zoom { display: flex; gap: 4px; }
    .zoom button { min-width: 36px; height: 34px; border: 1px solid #9a9a96; background: #fff; border-radius: 7px; font-size: 17px; padding: 0 8px; }
    .zoom button:hover { background: var(--accent-pale); }
    #zoom-fit { font-size: 14px; }

    .layout { flex: 1; display: flex; min-height: 0; }
    .graph { flex: 1; position: relative; overflow: hidden; cursor: grab; touch-action: none; background: #fff; min-width: 0; }
    .graph.dragging { cursor: grabbing; }
    .graph > svg { display: block; width: 100%; height: 100%; user-select: none; -webkit-user-select: none; }
    .status { position: absolute; left: 12px; bottom: 10px; margin: 0; max-width: calc(100% - 24px); font-size: 13px;
              background: rgba(255,255,255,.94); border: 1px solid var(--line); border-radius: 6px; padding: 4px 9px; }
    .status:empty { display: none; }

    .side { width: var(--side); flex: none; overflow-y: auto; border-left: 1px solid var(--line); background: var(--panel); }
    .panel { padding: 14px 18px; border-bottom: 1px solid var(--line); }
    .panel h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 8px; font-weight: 650; }
    .panel-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
    .panel-head h2 { margin: 0; }
    .panel-head select { max-width: 62%; padding: 3px 6px; border: 1px solid #9a9a96; border-radius: 6px; background: #fff; font-size: 13px; }
    .link { border: 0; background: none; color: var(--accent); padding: 2px 4px; font-size: 13px; text-decoration: underline; }

    .details h2.name { font-size: 22px; text-transform: none; letter-spacing: 0; color: var(--ink); margin: 2px 0 2px; line-height: 1.2; }
    .details .year { color: var(--muted); font-weight: 400; font-size: 17px; margin-left: 6px; }
    .details .kicker { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
    .details .fulltitle { margin: 2px 0 10px; font-style: italic; color: #3a3a3a; }
    .details p { margin: 0 0 10px; }
    .details .impact { border-left: 3px solid var(--accent); padding-left: 10px; }
    .details .reach { display: flex; gap: 8px; flex-wrap: wrap; margin: 4px 0 12px; }
    .chip { font-size: 12.5px; border-radius: 999px; padding: 2px 10px; background: #fff; border: 1px solid var(--line); }
    .chip b { font-weight: 650; }
    .details h3 { font-size: 13px; margin: 14px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
    .details .note { color: var(--muted); font-size: 13.5px; }
    .details .intro li { margin-bottom: 4px; }
    .details .intro { padding-left: 18px; margin: 6px 0 10px; }
    .details kbd { font: 12px ui-monospace, monospace; border: 1px solid #bbb; border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: #fff; }
    table.ranks { border-collapse: collapse; width: 100%; font-size: 13.5px; }
    table.ranks th, table.ranks td { text-align: left; padding: 3px 6px 3px 0; border-bottom: 1px solid #ecece8; }
    table.ranks th { font-weight: 600; color: var(--muted); font-size: 12px; }
    table.ranks td.num, table.ranks th.num { text-align: right; font-variant-numeric: tabular-nums; }
    ul.links { list-style: none; margin: 0; padding: 0; }
    ul.links li { margin: 0 0 8px; padding: 6px 8px; background: #fff; border: 1px solid #ecece8; border-radius: 6px; }
    ul.links .row { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
    ul.links .rel { font-size: 12.5px; color: var(--muted); }
    .paper-link { border: 0; background: none; padding: 0; color: var(--accent); font-weight: 600; text-decoration: underline; text-underline-offset: 2px; }
    .evidence-link { border: 0; background: none; padding: 0; text-align: left; color: #3a3a3a; font-size: 13.5px; display: block; margin-top: 2px; }
    .evidence-link:hover { color: var(--ink); text-decoration: underline; }
    blockquote.evidence { margin: 8px 0 12px; padding: 8px 12px; background: #fff; border-left: 4px solid var(--select); font-size: 15px; }
    .ends { display: flex; gap: 8px; flex-wrap: wrap; }
    .ends button { border: 1px solid #9a9a96; background: #fff; border-radius: 6px; padding: 4px 10px; }
    .clear { float: right; border: 1px solid #bbb; background: #fff; border-radius: 6px; font-size: 12.5px; padding: 2px 8px; color: var(--muted); }

    ol.ranking { list-style: none; margin: 0; padding: 0; }
    ol.ranking button { display: grid; grid-template-columns: 22px 1fr auto; gap: 2px 8px; align-items: baseline; width: 100%; text-align: left;
                        border: 0; background: none; padding: 5px 6px; border-radius: 6px; }
    ol.ranking button:hover { background: var(--accent-pale); }
    ol.ranking button[aria-current="true"] { background: var(--accent-pale); box-shadow: inset 3px 0 0 var(--select); }
    ol.ranking .rk { color: var(--muted); font-variant-numeric: tabular-nums; text-align: right; }
    ol.ranking .nm { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    ol.ranking .nm small { font-weight: 400; color: var(--muted); margin-left: 4px; }
    ol.ranking .sc { font-size: 12.5px; color: var(--muted); font-variant-numeric: tabular-nums; }
    ol.ranking .meter { grid-column: 2 / 4; height: 4px; border-radius: 2px; background: #e6e6e1; overflow: hidden; }
    ol.ranking .meter i { display: block; height: 100%; background: var(--accent); }

    .eras { border: 0; margin: 0; padding: 0; display: grid; gap: 2px; }
    .eras label { display: flex; gap: 8px; align-items: baseline; padding: 3px 2px; cursor: pointer; font-size: 14px; }
    .eras input { accent-color: var(--accent); width: 16px; height: 16px; align-self: center; flex: none; }
    .eras .yrs { color: var(--muted); font-size: 12.5px; margin-left: auto; white-space: nowrap; font-variant-numeric: tabular-nums; }

    ul.legend { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 6px 14px; font-size: 13px; }
    ul.legend li { display: flex; align-items: center; gap: 8px; }
    ul.legend svg { flex: none; }
    ul.legend small { color: var(--muted); display: block; font-size: 11.5px; line-height: 1.2; }

    #graph svg .node, #graph svg .edge { cursor: pointer; transition: opacity .15s ease; }
    #graph svg .node:focus { outline: none; }
    #graph svg .node:focus-visible path, #graph svg .node:focus-visible polygon, #graph svg .node:focus-visible ellipse {
      stroke: var(--focus); stroke-width: 3px; stroke-dasharray: 5 3; }
    #graph svg .edge .hit { fill: none; stroke: transparent; stroke-width: 12px; pointer-events: stroke; }
    #graph svg.dim .node:not(.lit):not(.aux), #graph svg.dim .edge:not(.lit) { opacity: .12; }
    #graph svg .node.aux { cursor: default; }
    #graph svg.dim .edge.lit path:not(.hit) { stroke-width: 2.2px; }
    #graph svg .node.selected path, #graph svg .node.selected polygon, #graph svg .node.selected ellipse { stroke: var(--select); stroke-width: 4px; }
    #graph svg .edge.selected path:not(.hit) { stroke: var(--select); stroke-width: 3.5px; }
    #graph svg .edge.selected polygon { stroke: var(--select); fill: var(--select); }
    #graph svg .era-off { opacity: .05 !important; pointer-events: none; }

    @media (max-width: 760px) {
      :root { font-size: 15px; }
      body { height: auto; overflow: auto; }
      .bar { gap: 8px; padding: 8px 10px; }
      .brand { flex: 1 1 auto; }
      .caption { max-width: 60vw; }
      .search { order: 3; flex: 1 1 100%; max-width: none; margin-left: 0; }
      .layout { flex-direction: column; }
      .graph { flex: none; height: 58vh; border-bottom: 1px solid var(--line); }
      .side { width: auto; border-left: 0; overflow: visible; }
      .panel { padding: 12px 14px; }
    }
    @media (prefers-reduced-motion: reduce) { #graph svg .node, #graph svg .edge { transition: none; } }
    """#
}
