/// The page's style sheet, hand-written. System fonts only: the page loads no font.
enum ExplorerStyle {
    static let source = #"""
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; }
    body {
      display: flex; flex-direction: column; overflow: hidden;
      font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; background: #fff;
    }
    button { font: inherit; padding: 2px 10px; border: 1px solid #999; border-radius: 4px; background: #f6f6f6; cursor: pointer; }
    button:hover { background: #e9e9e9; }
    button:focus-visible, input:focus-visible, #stage:focus-visible { outline: 2px solid #2266cc; outline-offset: 1px; }

    #toolbar { display: flex; align-items: center; gap: 6px; padding: 6px 10px; border-bottom: 1px solid #ccc; background: #fafafa; }
    #graph-name { margin-right: 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 30em; }
    #search-box { position: relative; flex: 0 1 22em; }
    #search { width: 100%; font: inherit; padding: 3px 6px; }
    #search-results {
      position: absolute; z-index: 10; left: 0; right: 0; margin: 2px 0 0; padding: 0; list-style: none;
      max-height: 60vh; overflow-y: auto; background: #fff; border: 1px solid #999; box-shadow: 0 2px 6px rgba(0,0,0,.2);
    }
    #search-results li { padding: 3px 8px; cursor: pointer; }
    #search-results li[aria-selected="true"], #search-results li:hover { background: #e3edfb; }
    #search-results .kind { color: #666; font-size: 12px; margin-left: 6px; }

    #layout { flex: 1; display: flex; min-height: 0; }
    #stage { flex: 1; position: relative; overflow: hidden; cursor: grab; touch-action: none; background: #fff; }
    #stage.dragging { cursor: grabbing; }
    #drawing-svg { position: absolute; inset: 0; width: 100%; height: 100%; user-select: none; }
    #panel { width: 300px; flex: none; overflow-y: auto; border-left: 1px solid #ccc; padding: 8px 12px; background: #fcfcfc; }
    body.panel-hidden #panel { display: none; }

    #panel details { border-top: 1px solid #ddd; padding: 6px 0; }
    #panel summary { font-weight: 600; cursor: pointer; }
    #panel fieldset { border: 1px solid #ddd; margin: 6px 0; padding: 4px 8px; max-height: 12em; overflow-y: auto; }
    #panel fieldset label { display: block; font-size: 13px; }
    .row { margin: 5px 0; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .row label { min-width: 3em; }
    .row input:not([type]), .row input[list] { flex: 1; font: inherit; padding: 2px 4px; }
    .hint { color: #666; }

    #details h2 { font-size: 18px; margin: 4px 0; }
    #details .facts { color: #444; margin: 0 0 6px; }
    #details ol.relations { padding-left: 0; list-style: none; margin: 6px 0; }
    #details ol.relations li { padding: 3px 4px; border-radius: 3px; cursor: pointer; }
    #details ol.relations li:hover, #details ol.relations li.current { background: #eef3fb; }
    #details .when, #details .cites { color: #555; font-size: 12px; }
    #details .note { display: block; color: #444; font-size: 13px; }
    #details .claim { display: block; margin: 3px 0 3px 8px; font-size: 13px; }
    #details ol.references { padding-left: 2.2em; font-size: 13px; }
    #details ol.references li { margin: 2px 0; }
    .link { color: #1a55a8; text-decoration: underline; background: none; border: none; padding: 0; cursor: pointer; }
    #path-result ol { padding-left: 1.6em; margin: 4px 0; }

    #time-range { position: relative; height: 26px; }
    #time-range input { position: absolute; left: 0; right: 0; width: 100%; margin: 4px 0; pointer-events: none; background: none; appearance: none; -webkit-appearance: none; }
    #time-range input::-webkit-slider-thumb { pointer-events: auto; -webkit-appearance: none; width: 14px; height: 18px; border-radius: 3px; background: #2266cc; cursor: pointer; }
    #time-range input::-moz-range-thumb { pointer-events: auto; width: 14px; height: 18px; border-radius: 3px; background: #2266cc; cursor: pointer; }
    #time-range::before { content: ""; position: absolute; left: 0; right: 0; top: 12px; height: 3px; background: #bbb; }

    #legend .entry { display: flex; align-items: center; gap: 8px; font-size: 13px; margin: 2px 0; }
    #legend svg { flex: none; }
    #legend h3 { font-size: 13px; margin: 6px 0 2px; color: #555; }
    #cite-line { font-size: 13px; background: #f3f3f3; padding: 4px 6px; border-radius: 3px; word-break: break-word; }

    /* The drawing's states: out of the filters or the window, dimmed around a selection, highlighted. */
    #drawing-svg .node, #drawing-svg .edge { transition: opacity .15s; cursor: pointer; }
    #drawing-svg .outside { opacity: .12; }
    #drawing-svg .dimmed { opacity: .18; }
    #drawing-svg .focus > path, #drawing-svg .focus > polygon, #drawing-svg .focus > ellipse,
    #drawing-svg .focus a > path, #drawing-svg .focus a > polygon, #drawing-svg .focus a > ellipse { stroke: #c0392b; stroke-width: 3px; }
    #drawing-svg .onpath path, #drawing-svg .onpath polygon, #drawing-svg .onpath ellipse { stroke: #c0392b; stroke-width: 3.5px; }
    #drawing-svg .onpath text { fill: #c0392b; font-weight: bold; }
    #drawing-svg .found path, #drawing-svg .found polygon, #drawing-svg .found ellipse { stroke: #2266cc; stroke-width: 4px; }
    """#
}
