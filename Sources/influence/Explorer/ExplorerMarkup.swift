/// The explorer's HTML body: a tool bar, the graph and a side panel. The script fills the
/// panels from the embedded data.
enum ExplorerMarkup {
    /// The body's markup around the inline `svg`.
    /// - Complexity: O(size of the SVG).
    static func body(caption: String?, svg: String) -> String {
        let subtitle = caption.map { "<p class=\"caption\">\(ExplorerPage.escapeHTML($0))</p>" } ?? ""
        return """
        <a class="skip" href="#side">Skip to the side panel</a>
        <header class="bar">
          <div class="brand"><h1>influence</h1>\(subtitle)</div>
          <form class="search" id="search-form" role="search" autocomplete="off">
            <label for="search" class="sr-only">Find a paper by name, title or alias</label>
            <input id="search" type="search" placeholder="Find a paper" aria-describedby="search-hint" aria-controls="search-results" spellcheck="false">
            <kbd id="search-hint" aria-label="Press slash to search">/</kbd>
            <div id="search-results" class="results" role="listbox" aria-label="Matching papers" hidden></div>
          </form>
          <div class="zoom" role="group" aria-label="Zoom">
            <button type="button" id="zoom-out" aria-label="Zoom out" title="Zoom out">&#x2212;</button>
            <button type="button" id="zoom-in" aria-label="Zoom in" title="Zoom in">+</button>
            <button type="button" id="zoom-fit" aria-label="Fit the whole graph in view" title="Fit the whole graph">Fit</button>
          </div>
        </header>
        <main class="layout">
          <section id="graph" class="graph" aria-label="Influence graph: drag to pan, wheel or buttons to zoom, click a paper to select it" tabindex="-1">
        \(svg)
            <p id="status" class="status" role="status" aria-live="polite"></p>
          </section>
          <aside id="side" class="side" aria-label="Details">
            <section id="details" class="panel details" aria-live="polite" aria-labelledby="details-heading"></section>
            <section class="panel" aria-labelledby="ranking-heading">
              <div class="panel-head">
                <h2 id="ranking-heading">Most influential</h2>
                <label class="sr-only" for="metric">Rank by</label>
                <select id="metric"></select>
              </div>
              <ol id="ranking" class="ranking"></ol>
            </section>
            <section class="panel" aria-labelledby="eras-heading">
              <div class="panel-head">
                <h2 id="eras-heading">Eras</h2>
                <button type="button" id="eras-all" class="link">show all</button>
              </div>
              <fieldset id="eras" class="eras"><legend class="sr-only">Show papers of these eras</legend></fieldset>
            </section>
            <section class="panel" aria-labelledby="legend-heading">
              <h2 id="legend-heading">Legend</h2>
              <ul id="legend" class="legend"></ul>
            </section>
          </aside>
        </main>
        """
    }
}
