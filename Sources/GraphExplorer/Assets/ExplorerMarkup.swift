/// The page's fixed markup: the toolbar, the drawing's stage and the side panel. It holds no
/// graph text; the script fills the panel from the embedded data with `textContent`.
enum ExplorerMarkup {
    static func body(svg: String) -> String {
        """
        <header id="toolbar">
          <strong id="graph-name">relgraph</strong>
          <div id="search-box">
            <input id="search" type="search" placeholder="Search names and aliases" autocomplete="off" aria-label="Search names and aliases">
            <ul id="search-results" role="listbox" hidden></ul>
          </div>
          <button id="zoom-out" type="button" title="Zoom out (-)">−</button>
          <button id="zoom-in" type="button" title="Zoom in (+)">+</button>
          <button id="fit" type="button" title="Fit to screen (0)">Fit</button>
          <button id="clear" type="button" title="Clear the selection (Esc)">Clear</button>
          <button id="toggle-panel" type="button" title="Show or hide the panel">Panel</button>
        </header>
        <main id="layout">
          <div id="stage" tabindex="0" aria-label="Drawing: drag to pan, wheel or +/- to zoom, arrows to move, 0 to fit">
        \(svg)
          </div>
          <aside id="panel">
            <section id="details" aria-live="polite"><p class="hint">Click an entity or a relation, or search a name.</p></section>
            <details id="path-section" open>
              <summary>Path finder</summary>
              <div class="row"><label for="path-from">From</label><input id="path-from" list="entity-names" autocomplete="off"></div>
              <div class="row"><label for="path-to">To</label><input id="path-to" list="entity-names" autocomplete="off"></div>
              <datalist id="entity-names"></datalist>
              <div class="row"><button id="path-find" type="button">Find shortest path</button></div>
              <div id="path-result"></div>
            </details>
            <details id="time-section" open>
              <summary>Time window</summary>
              <div id="time-range">
                <input id="year-from" type="range" aria-label="First year">
                <input id="year-to" type="range" aria-label="Last year">
              </div>
              <div class="row"><output id="year-label"></output></div>
              <div class="row">
                <label><input type="radio" name="reading" value="possible" checked> possible</label>
                <label><input type="radio" name="reading" value="known"> known (strict)</label>
              </div>
            </details>
            <details id="filter-section">
              <summary>Filters</summary>
              <fieldset id="filter-kind"><legend>Kind</legend></fieldset>
              <fieldset id="filter-group"><legend>Group</legend></fieldset>
              <fieldset id="filter-predicate"><legend>Predicate</legend></fieldset>
              <fieldset id="filter-layer"><legend>Layer</legend></fieldset>
            </details>
            <details id="legend-section" open>
              <summary>Legend</summary>
              <div id="legend"></div>
            </details>
            <details id="cite-section" open>
              <summary>Cite this view</summary>
              <p id="cite-line"></p>
              <button id="cite-copy" type="button">Copy</button>
            </details>
          </aside>
        </main>
        """
    }
}
