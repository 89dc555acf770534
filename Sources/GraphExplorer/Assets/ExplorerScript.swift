/// The page's script, hand-written and unminified. It reads the embedded JSON, builds every
/// element it adds with `textContent` (never markup from data), and requests nothing.
enum ExplorerScript {
    static let source = #"""
"use strict";
// The relgraph explorer: everything the page does, on the graph embedded as JSON above.
// Dates, spans, readings, citation texts and path costs come computed from the library; this
// script compares numbers, builds elements with textContent and moves the view.
(function () {
  const data = JSON.parse(document.getElementById("relgraph-data").textContent);
  const $ = (id) => document.getElementById(id);
  const svg = $("drawing-svg");
  const stage = $("stage");
  const entities = data.entities;
  const relations = data.relations;
  const predicateOf = new Map(data.predicates.map((p) => [p.name, p]));
  const groupOf = new Map(data.groups.map((g) => [g.id, g]));

  // ---------------------------------------------------------------- drawing elements
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));
  const entityElement = new Array(entities.length).fill(null);
  const edgeRelations = new Map(); // SVG edge element -> relation indices it draws
  const relationElement = new Array(relations.length).fill(null);
  if (svg) {
    for (const g of svg.querySelectorAll("g.node")) {
      if (!g.id.startsWith("entity-")) continue;
      const i = entityIndex.get(g.id.slice("entity-".length));
      if (i !== undefined) entityElement[i] = g;
    }
    for (const g of svg.querySelectorAll("g.edge")) {
      const match = /^relations?-([0-9-]+)$/.exec(g.id);
      if (!match) continue;
      const drawn = match[1].split("-").map(Number).filter((r) => r < relations.length);
      edgeRelations.set(g, drawn);
      for (const r of drawn) relationElement[r] = g;
    }
  }

  const incident = entities.map(() => []);
  relations.forEach((rel, r) => {
    incident[rel.subject].push(r);
    if (rel.object !== rel.subject) incident[rel.object].push(r);
  });

  // ---------------------------------------------------------------- state
  const lastYear = data.years.first + data.years.startDays.length - 2;
  const state = {
    kinds: new Set(data.kinds.map((k) => k.name)),
    groups: new Set(entities.map((e) => e.group || "")),
    predicates: new Set(data.predicates.map((p) => p.name)),
    layers: new Set(data.layers),
    from: data.years.first,
    to: lastYear,
    reading: "possible",
    selected: null, // { entity: i } or { relations: [r...] }
    path: null, // { entities: [i...], relations: [r...] }
  };

  const windowIsWhole = () => state.from === data.years.first && state.to === lastYear;

  function entityPasses(i) {
    const e = entities[i];
    return state.kinds.has(e.kind) && state.groups.has(e.group || "") && state.layers.has(e.layer);
  }

  // Whether relation r holds in the window: one of its possible day ranges (or its known one)
  // overlaps the window's days. The ranges come from the library.
  function holdsInWindow(r) {
    if (windowIsWhole()) return true;
    const rel = relations[r];
    const spans = state.reading === "known" ? (rel.known ? [rel.known] : []) : rel.possible;
    const first = data.years.startDays[state.from - data.years.first];
    const last = data.years.startDays[state.to - data.years.first + 1] - 1;
    return spans.some((span) => {
      const startsInTime = span.from === undefined || span.from === null || span.from <= last;
      const endsInTime = span.to === undefined || span.to === null || first <= span.to;
      return startsInTime && endsInTime;
    });
  }

  function relationPasses(r) {
    const rel = relations[r];
    return state.predicates.has(rel.predicate) && state.layers.has(rel.layer) &&
      entityPasses(rel.subject) && entityPasses(rel.object) && holdsInWindow(r);
  }

  // ---------------------------------------------------------------- redrawing the states
  function refresh() {
    const relationShown = relations.map((_, r) => relationPasses(r));
    const entityShown = entities.map((_, i) => entityPasses(i));
    if (!windowIsWhole()) {
      // An entity none of whose relations holds in the window is out of it too.
      entities.forEach((_, i) => {
        if (entityShown[i] && incident[i].length > 0 && !incident[i].some((r) => relationShown[r])) entityShown[i] = false;
      });
    }
    let focusEntities = null;
    let focusRelations = null;
    if (state.path) {
      focusEntities = new Set(state.path.entities);
      focusRelations = new Set(state.path.relations);
    } else if (state.selected && state.selected.entity !== undefined) {
      const i = state.selected.entity;
      focusEntities = new Set([i]);
      focusRelations = new Set(incident[i]);
      for (const r of incident[i]) { focusEntities.add(relations[r].subject); focusEntities.add(relations[r].object); }
    } else if (state.selected && state.selected.relations) {
      focusRelations = new Set(state.selected.relations);
      focusEntities = new Set();
      for (const r of state.selected.relations) { focusEntities.add(relations[r].subject); focusEntities.add(relations[r].object); }
    }
    entityElement.forEach((g, i) => {
      if (!g) return;
      g.classList.toggle("outside", !entityShown[i]);
      g.classList.toggle("dimmed", focusEntities !== null && !focusEntities.has(i));
      g.classList.toggle("focus", !state.path && state.selected !== null && state.selected.entity === i);
      g.classList.toggle("onpath", state.path !== null && focusEntities.has(i));
    });
    for (const [g, drawn] of edgeRelations) {
      g.classList.toggle("outside", drawn.every((r) => !relationShown[r]));
      const inFocus = focusRelations !== null && drawn.some((r) => focusRelations.has(r));
      g.classList.toggle("dimmed", focusRelations !== null && !inFocus);
      g.classList.toggle("onpath", state.path !== null && inFocus);
      g.classList.toggle("focus", state.path === null && state.selected !== null && state.selected.relations !== undefined && inFocus);
    }
    updateCitation();
  }

  // ---------------------------------------------------------------- small builders
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function entityLink(i) {
    const button = element("button", "link", entities[i].name);
    button.type = "button";
    button.addEventListener("click", (event) => { event.stopPropagation(); selectEntity(i, true); });
    return button;
  }

  function groupLabel(group) {
    const g = groupOf.get(group);
    return g ? g.label : group;
  }

  // Numbers citations in order of first use within one panel, as `relgraph show` does.
  function citationNumbering() {
    const numbers = new Map();
    const order = [];
    return {
      marks(list) {
        const text = list.map((c) => {
          if (!numbers.has(c)) { order.push(c); numbers.set(c, order.length); }
          return "[" + numbers.get(c) + "]";
        }).join("");
        return element("span", "cites", text ? " " + text : "");
      },
      references() {
        const list = element("ol", "references");
        for (const c of order) {
          const citation = data.citations[c];
          const item = element("li", null, citation.text);
          if (citation.url) {
            const link = element("a", null, "link");
            link.href = citation.url;
            link.target = "_blank";
            link.rel = "noopener noreferrer";
            item.append(" ", link);
          }
          list.append(item);
        }
        return order.length ? [element("h3", null, "Sources"), list] : [];
      },
    };
  }

  // "signed" from the subject's side, "signed by" from the object's.
  function wording(r, fromSide) {
    const rel = relations[r];
    const p = predicateOf.get(rel.predicate);
    if (!p) return rel.predicate;
    return fromSide === rel.subject ? p.phrase : p.inverse;
  }

  function claimLines(r, numbering) {
    const rel = relations[r];
    const parts = [];
    if (rel.note) parts.push(element("span", "note", rel.note));
    for (const [name, value] of Object.entries(rel.attributes || {})) parts.push(element("span", "note", name + ": " + value));
    if (rel.claims && rel.claims.length > 1) {
      parts.push(element("span", "note", "disputed: " + rel.claims.length + " claims"));
      for (const c of rel.claims) {
        const claim = element("span", "claim", (relations[c].dates || "undated"));
        claim.append(numbering.marks(relations[c].citations));
        if (relations[c].note && c !== r) claim.append(" — " + relations[c].note);
        parts.push(claim);
      }
    }
    return parts;
  }

  // ---------------------------------------------------------------- the cards
  function selectEntity(i, moveThere) {
    state.selected = { entity: i };
    state.path = null;
    const e = entities[i];
    const box = $("details");
    box.replaceChildren();
    box.append(element("h2", null, e.name));
    const facts = [e.kind, e.dates, e.group ? groupLabel(e.group) : null, e.layer !== "network" ? e.layer : null];
    box.append(element("p", "facts", facts.filter(Boolean).join(" · ")));
    if (e.aliases.length) box.append(element("p", "facts", "Also: " + e.aliases.join("; ")));
    const numbering = citationNumbering();
    if (e.description) {
      const description = element("p", null, e.description);
      description.append(numbering.marks(e.citations));
      box.append(description);
    } else if (e.citations.length) {
      box.append(numbering.marks(e.citations));
    }
    const ends = element("div", "row");
    const from = element("button", null, "Path from here");
    from.type = "button";
    from.addEventListener("click", () => { $("path-from").value = e.name; });
    const to = element("button", null, "Path to here");
    to.type = "button";
    to.addEventListener("click", () => { $("path-to").value = e.name; });
    ends.append(from, to);
    box.append(ends);
    box.append(element("h3", null, "Relations (" + e.card.length + ")"));
    const list = element("ol", "relations");
    for (const r of e.card) {
      const rel = relations[r];
      const other = rel.subject === i ? rel.object : rel.subject;
      const item = element("li");
      item.dataset.relation = r;
      item.append(wording(r, i) + " ", entityLink(other));
      if (rel.dates) item.append(" ", element("span", "when", "(" + rel.dates + ")"));
      item.append(numbering.marks(rel.citations));
      item.append(...claimLines(r, numbering));
      if (!relationPasses(r)) item.style.opacity = "0.55";
      item.addEventListener("click", () => selectRelations([r], i));
      list.append(item);
    }
    box.append(list, ...numbering.references());
    refresh();
    if (moveThere) centerOn(i);
  }

  function selectRelations(drawn, side) {
    state.selected = { relations: drawn };
    state.path = null;
    const box = $("details");
    box.replaceChildren();
    const numbering = citationNumbering();
    if (drawn.length > 1) box.append(element("h2", null, drawn.length + " relations"));
    for (const r of drawn) {
      const rel = relations[r];
      const from = side === rel.object ? rel.object : rel.subject;
      const other = from === rel.subject ? rel.object : rel.subject;
      const heading = element(drawn.length > 1 ? "h3" : "h2");
      heading.append(entityLink(from), " " + wording(r, from) + " ", entityLink(other));
      box.append(heading);
      const facts = [rel.dates || "undated", rel.predicate, rel.layer !== "network" ? rel.layer : null];
      const line = element("p", "facts", facts.filter(Boolean).join(" · "));
      box.append(line);
      const claims = rel.claims && rel.claims.length > 1 ? rel.claims : [r];
      box.append(element("p", null, claims.length > 1 ? "Claims (disputed):" : "Claim:"));
      for (const c of claims) {
        const claim = element("span", "claim", relations[c].dates || "undated");
        claim.append(numbering.marks(relations[c].citations));
        box.append(claim);
      }
      if (rel.note) box.append(element("p", "note", rel.note));
      for (const [name, value] of Object.entries(rel.attributes || {})) box.append(element("p", "note", name + ": " + value));
      if (!relationPasses(r)) box.append(element("p", "hint", "Outside the current filters or time window."));
    }
    box.append(...numbering.references());
    refresh();
  }

  function clearSelection() {
    state.selected = null;
    state.path = null;
    $("details").replaceChildren(element("p", "hint", "Click an entity or a relation, or search a name."));
    $("path-result").replaceChildren();
    refresh();
  }

  // ---------------------------------------------------------------- search
  // Folds like the command line: lowercase, no accents, punctuation as single spaces.
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  // Entities matching a query, best first: a whole name or alias, then names starting with it,
  // then names whose words start with every word of the query, then any name containing it.
  function search(query) {
    const folded = fold(query);
    if (!folded) return [];
    const words = folded.split(" ");
    const scored = [];
    entities.forEach((e, i) => {
      let best = 4;
      for (const key of e.keys) {
        const keyWords = key.split(" ");
        if (key === folded) best = Math.min(best, 0);
        else if (key.startsWith(folded)) best = Math.min(best, 1);
        else if (words.every((w) => keyWords.some((k) => k.startsWith(w)))) best = Math.min(best, 2);
        else if (key.includes(folded)) best = Math.min(best, 3);
      }
      if (best < 4) scored.push([best, i]);
    });
    scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return scored.map((s) => s[1]);
  }

  // One entity for a typed name: an exact name wins, else a single match; otherwise a message.
  function resolve(text) {
    const hits = search(text);
    const folded = fold(text);
    const exact = hits.filter((i) => entities[i].keys.includes(folded));
    if (exact.length === 1) return { index: exact[0] };
    if (hits.length === 1) return { index: hits[0] };
    if (hits.length === 0) return { error: "No entity is called \u201c" + text + "\u201d." };
    return { error: "\u201c" + text + "\u201d could be: " + hits.slice(0, 6).map((i) => entities[i].name).join("; ") + "." };
  }

  const searchInput = $("search");
  const resultsList = $("search-results");
  let results = [];
  let active = 0;

  function showResults() {
    results = search(searchInput.value).slice(0, 12);
    active = 0;
    resultsList.replaceChildren();
    results.forEach((i, k) => {
      const item = element("li", null, entities[i].name);
      item.setAttribute("role", "option");
      item.dataset.name = entities[i].name;
      item.setAttribute("aria-selected", String(k === active));
      item.append(element("span", "kind", entities[i].kind));
      item.addEventListener("mousedown", (event) => { event.preventDefault(); choose(k); });
      resultsList.append(item);
    });
    resultsList.hidden = results.length === 0;
  }

  function choose(k) {
    const i = results[k];
    if (i === undefined) return;
    resultsList.hidden = true;
    searchInput.value = entities[i].name;
    selectEntity(i, true);
    const g = entityElement[i];
    if (g) {
      g.classList.add("found");
      setTimeout(() => g.classList.remove("found"), 1600);
    }
  }

  searchInput.addEventListener("input", showResults);
  searchInput.addEventListener("blur", () => { resultsList.hidden = true; });
  searchInput.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!results.length) return;
      active = (active + (event.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
      [...resultsList.children].forEach((li, k) => li.setAttribute("aria-selected", String(k === active)));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (resultsList.hidden) showResults();
      choose(active);
    } else if (event.key === "Escape") {
      resultsList.hidden = true;
    }
  });

  // ---------------------------------------------------------------- path finder
  // Neighbours of every entity with the relation to each, sorted by neighbour then relation
  // index: the row order of the library's undirected adjacency.
  const neighbours = entities.map(() => []);
  relations.forEach((rel, r) => {
    // A loop lies on no shortest path; other claims of one fact and left-out layers are not walked.
    if (rel.subject === rel.object || !rel.onPaths) return;
    neighbours[rel.subject].push([rel.object, r]);
    neighbours[rel.object].push([rel.subject, r]);
  });
  for (const row of neighbours) row.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  // The path `relgraph path A B` gives with its default options: fewest hops; among those, the
  // least sum of the intermediates' hub costs (computed by the library); remaining ties to the
  // first entity in entity order at each step; between parallel relations, the first listed.
  // The same steps as PathSearcher.leastCostShortestPath: distances to the target, the layers
  // of shortest paths from the source, cheapest cost to finish, then a greedy read-out.
  function shortestPath(source, target) {
    const n = entities.length;
    const distance = new Int32Array(n).fill(-1);
    distance[target] = 0;
    const queue = [target];
    for (let head = 0; head < queue.length && distance[source] < 0; head++) {
      const x = queue[head];
      if (x !== target && !entities[x].onPaths) continue; // the search does not pass through it
      for (const [y] of neighbours[x]) {
        if (distance[y] < 0) { distance[y] = distance[x] + 1; queue.push(y); }
      }
    }
    if (distance[source] < 0) return null;
    // The search stops once the source is reached: every level nearer the target is complete,
    // and a successor always lies on one of them.
    const successors = (x) => {
      const next = [];
      for (const [y] of neighbours[x]) {
        const allowed = y === target || entities[y].onPaths;
        if (allowed && distance[y] >= 0 && distance[y] === distance[x] - 1 && next[next.length - 1] !== y) next.push(y);
      }
      return next;
    };
    const cost = (y) => (y === target ? 0 : entities[y].hubCost);
    const layers = [[source]];
    const seen = new Set([source]);
    for (let step = 0; step < distance[source]; step++) {
      const next = [];
      for (const x of layers[layers.length - 1]) {
        for (const y of successors(x)) if (!seen.has(y)) { seen.add(y); next.push(y); }
      }
      layers.push(next);
    }
    const finish = new Map([[target, 0]]);
    for (let k = layers.length - 2; k >= 0; k--) {
      for (const x of layers[k]) {
        let best = Infinity;
        for (const y of successors(x)) {
          const c = cost(y) + (finish.has(y) ? finish.get(y) : Infinity);
          if (c < best) best = c;
        }
        finish.set(x, best);
      }
    }
    const path = { entities: [source], relations: [] };
    let current = source;
    while (current !== target) {
      const goal = finish.get(current);
      let chosen = -1;
      for (const y of successors(current)) {
        const c = cost(y) + (finish.has(y) ? finish.get(y) : Infinity);
        // Sums in another order can differ in the last bits; equal within 1e-9 is a tie.
        if (c <= goal + 1e-9 * Math.max(1, Math.abs(goal))) { chosen = y; break; }
      }
      if (chosen < 0) return null;
      path.relations.push(neighbours[current].find(([y]) => y === chosen)[1]);
      path.entities.push(chosen);
      current = chosen;
    }
    return path;
  }

  function findPath() {
    const out = $("path-result");
    out.replaceChildren();
    delete out.dataset.path;
    const a = resolve($("path-from").value);
    const b = resolve($("path-to").value);
    for (const end of [a, b]) if (end.error) { out.append(element("p", "hint", end.error)); return; }
    if (a.index === b.index) { out.append(element("p", "hint", "The two ends are the same entity.")); return; }
    const path = shortestPath(a.index, b.index);
    if (!path) {
      state.path = null;
      refresh();
      out.append(element("p", "hint", entities[a.index].name + " and " + entities[b.index].name + " are not connected in this drawing."));
      return;
    }
    state.selected = null;
    state.path = path;
    out.dataset.path = path.entities.map((i) => entities[i].id).join(" ");
    const hops = path.relations.length;
    out.append(element("p", null, entities[a.index].name + " to " + entities[b.index].name + ": " + hops + (hops === 1 ? " hop" : " hops")));
    const numbering = citationNumbering();
    const list = element("ol");
    path.relations.forEach((r, k) => {
      const from = path.entities[k];
      const item = element("li");
      item.append(entityLink(from), " " + wording(r, from) + " ", entityLink(path.entities[k + 1]));
      if (relations[r].dates) item.append(" ", element("span", "when", "(" + relations[r].dates + ")"));
      item.append(numbering.marks(relations[r].citations));
      list.append(item);
    });
    out.append(list, ...numbering.references());
    out.append(element("p", "hint", "Fewest hops; among equally short paths, the one through the least-connected entities (as relgraph path)."));
    refresh();
  }

  $("path-find").addEventListener("click", findPath);
  for (const id of ["path-from", "path-to"]) {
    $(id).addEventListener("keydown", (event) => { if (event.key === "Enter") findPath(); });
  }
  const names = $("entity-names");
  for (const e of entities) { const option = document.createElement("option"); option.value = e.name; names.append(option); }

  // ---------------------------------------------------------------- filters and time window
  function checkboxes(container, values, label, chosen) {
    for (const value of values) {
      const line = element("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = value;
      box.addEventListener("change", () => {
        if (box.checked) chosen.add(value); else chosen.delete(value);
        refresh();
      });
      line.append(box, " " + label(value));
      container.append(line);
    }
  }
  checkboxes($("filter-kind"), data.kinds.map((k) => k.name), (k) => k, state.kinds);
  checkboxes($("filter-group"), [...state.groups].sort(), (g) => (g ? groupLabel(g) : "(no group)"), state.groups);
  checkboxes($("filter-predicate"), data.predicates.map((p) => p.name), (p) => p, state.predicates);
  checkboxes($("filter-layer"), data.layers, (l) => l, state.layers);

  const yearFrom = $("year-from");
  const yearTo = $("year-to");
  for (const slider of [yearFrom, yearTo]) {
    slider.min = data.years.first;
    slider.max = lastYear;
    slider.step = 1;
  }
  yearFrom.value = state.from;
  yearTo.value = state.to;
  function timeChanged(moved) {
    let from = Number(yearFrom.value);
    let to = Number(yearTo.value);
    if (from > to) {
      if (moved === yearFrom) to = from; else from = to;
      yearFrom.value = from;
      yearTo.value = to;
    }
    state.from = from;
    state.to = to;
    $("year-label").textContent = windowIsWhole() ? from + "–" + to + " (every year)" : from + "–" + to;
    refresh();
  }
  yearFrom.addEventListener("input", () => timeChanged(yearFrom));
  yearTo.addEventListener("input", () => timeChanged(yearTo));
  for (const radio of document.querySelectorAll('input[name="reading"]')) {
    radio.addEventListener("change", () => { state.reading = radio.value; refresh(); });
  }

  // ---------------------------------------------------------------- legend
  const SVG_NS = "http://www.w3.org/2000/svg";
  function sample(shape, fill) {
    const box = document.createElementNS(SVG_NS, "svg");
    box.setAttribute("width", "34");
    box.setAttribute("height", "20");
    box.setAttribute("viewBox", "0 0 34 20");
    let mark;
    const points = {
      house: "3,9 17,2 31,9 31,18 3,18",
      diamond: "17,1 32,10 17,19 2,10",
      octagon: "10,2 24,2 32,8 32,12 24,18 10,18 2,12 2,8",
      note: "3,2 26,2 31,7 31,18 3,18",
    }[shape];
    if (shape === "ellipse") {
      mark = document.createElementNS(SVG_NS, "ellipse");
      for (const [k, v] of [["cx", 17], ["cy", 10], ["rx", 15], ["ry", 8]]) mark.setAttribute(k, v);
    } else if (points) {
      mark = document.createElementNS(SVG_NS, "polygon");
      mark.setAttribute("points", points);
    } else if (shape === "plaintext" || shape === "none") {
      mark = document.createElementNS(SVG_NS, "text");
      mark.setAttribute("x", "4");
      mark.setAttribute("y", "14");
      mark.setAttribute("font-size", "11");
      mark.textContent = "Name";
    } else {
      mark = document.createElementNS(SVG_NS, "rect");
      for (const [k, v] of [["x", 2], ["y", 2], ["width", 30], ["height", 16], ["rx", 4]]) mark.setAttribute(k, v);
    }
    if (mark.tagName !== "text") {
      mark.setAttribute("fill", fill || "#f4f4f4");
      mark.setAttribute("stroke", "#333");
    }
    box.append(mark);
    return box;
  }
  function lineSample(color, width, opacity, dashed) {
    const box = document.createElementNS(SVG_NS, "svg");
    box.setAttribute("width", "34");
    box.setAttribute("height", "20");
    const line = document.createElementNS(SVG_NS, "line");
    for (const [k, v] of [["x1", 2], ["y1", 10], ["x2", 32], ["y2", 10], ["stroke", color], ["stroke-width", width], ["opacity", opacity]]) line.setAttribute(k, v);
    if (dashed) line.setAttribute("stroke-dasharray", "5 3");
    box.append(line);
    return box;
  }
  function legendEntry(mark, text) {
    const line = element("div", "entry");
    if (mark) line.append(mark);
    line.append(element("span", null, text));
    return line;
  }
  // The figures' legend model as the library built it for this drawing, then the page's own lines.
  const edgeSamples = {
    highlighted: (e) => lineSample(e.color || "#c0392b", 3, 1),
    context: (e) => lineSample(e.color || "#b0b0b0", 1.5, 1),
    bundled: () => lineSample("#555555", 4, 1),
    uncertain: () => lineSample("#555555", 1.5, 1, true),
    mutual: () => lineSample("#555555", 1.5, 1),
  };
  const legend = $("legend");
  for (const section of data.legend) {
    legend.append(element("h3", null, section.heading));
    for (const e of section.entries) {
      let mark = null;
      if (e.sample === "kind") mark = sample(e.shape, "#ffffff");
      else if (e.sample === "fill") mark = sample("box", e.color);
      else if (e.sample === "edge" && edgeSamples[e.style]) mark = edgeSamples[e.style](e);
      legend.append(legendEntry(mark, e.label));
    }
  }
  legend.append(element("h3", null, "In this page"));
  legend.append(legendEntry(lineSample("#c0392b", 3.5, 1), "the path found, or around the selection"));
  legend.append(legendEntry(lineSample("#555555", 1.5, 0.15), "outside the filters or the time window"));

  // ---------------------------------------------------------------- cite this view
  function restricted(label, chosen, all, show) {
    if (chosen.size === all.length) return null;
    return label + " " + (chosen.size ? all.filter((v) => chosen.has(v)).map(show).join(", ") : "none");
  }
  function updateCitation() {
    const m = data.meta;
    const parts = [m.graph + (m.selection ? " (" + m.selection + ")" : "")];
    const filters = [
      restricted("kinds", state.kinds, data.kinds.map((k) => k.name), (k) => k),
      restricted("groups", state.groups, [...new Set(entities.map((e) => e.group || ""))].sort(), (g) => g || "no group"),
      restricted("predicates", state.predicates, data.predicates.map((p) => p.name), (p) => p),
      restricted("layers", state.layers, data.layers, (l) => l),
    ].filter(Boolean);
    parts.push(filters.length ? "filters: " + filters.join("; ") : "no filters");
    parts.push(windowIsWhole() ? "all years" : "years " + state.from + "–" + state.to + " (" + state.reading + " reading)");
    if (state.path) parts.push("path " + state.path.entities.map((i) => entities[i].id).join(" → "));
    else if (state.selected && state.selected.entity !== undefined) parts.push("entity " + entities[state.selected.entity].id);
    parts.push("relgraph " + m.version);
    $("cite-line").textContent = parts.join(", ") + ".";
  }
  $("cite-copy").addEventListener("click", () => {
    const text = $("cite-line").textContent;
    if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
  });

  // ---------------------------------------------------------------- pan and zoom
  const bounds = svg ? svg.viewBox.baseVal : { x: 0, y: 0, width: 1, height: 1 };
  const home = { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
  const view = { x: home.x, y: home.y, scale: 1 };
  if (svg) svg.setAttribute("preserveAspectRatio", "xMinYMin meet");

  function apply() {
    if (!svg) return;
    const w = stage.clientWidth || 1;
    const h = stage.clientHeight || 1;
    svg.setAttribute("viewBox", [view.x, view.y, w / view.scale, h / view.scale].join(" "));
    keepLabelsReadable();
  }

  // Zoomed out, entity labels would shrink below reading size; like a map, the page then grows
  // each entity's label about the entity's centre (up to maxLabelGrowth times) so that it stays
  // at least minLabelPixels high (12, so that no label's box falls under 11 px after the
  // browser rounds font sizes). The layout itself does not change.
  const minLabelPixels = 12;
  const maxLabelGrowth = 3;
  const labelBlocks = [];
  let labelHeight = 0;
  let labelGrowth = 1;
  entityElement.forEach((g) => {
    if (!g) return;
    const texts = [...g.querySelectorAll("text")];
    if (texts.length) labelBlocks.push({ g, texts, centre: null });
  });
  function keepLabelsReadable() {
    if (!labelBlocks.length) return;
    if (!labelHeight) {
      labelHeight = Math.min(...labelBlocks.slice(0, 20).map((b) => b.texts[0].getBBox().height).filter((h) => h > 0));
      if (!isFinite(labelHeight)) { labelHeight = 0; return; }
    }
    const growth = Math.min(Math.max(minLabelPixels / (labelHeight * view.scale), 1), maxLabelGrowth);
    if (Math.abs(growth - labelGrowth) < 0.01) return;
    labelGrowth = growth;
    for (const block of labelBlocks) {
      if (!block.centre) {
        const box = block.g.getBBox();
        block.centre = [box.x + box.width / 2, box.y + box.height / 2];
      }
      const [cx, cy] = block.centre;
      const transform = growth === 1 ? "" : "translate(" + cx + " " + cy + ") scale(" + growth + ") translate(" + -cx + " " + -cy + ")";
      for (const text of block.texts) {
        if (transform) text.setAttribute("transform", transform); else text.removeAttribute("transform");
      }
    }
  }
  function fit() {
    const w = stage.clientWidth || 1;
    const h = stage.clientHeight || 1;
    view.scale = Math.min(w / home.width, h / home.height);
    view.x = home.x - (w / view.scale - home.width) / 2;
    view.y = home.y - (h / view.scale - home.height) / 2;
    apply();
  }
  function zoomAt(factor, px, py) {
    const fitScale = Math.min(stage.clientWidth / home.width, stage.clientHeight / home.height);
    const scale = Math.min(Math.max(view.scale * factor, fitScale / 4), 12);
    const sx = view.x + px / view.scale;
    const sy = view.y + py / view.scale;
    view.scale = scale;
    view.x = sx - px / scale;
    view.y = sy - py / scale;
    apply();
  }
  function panBy(dx, dy) {
    view.x -= dx / view.scale;
    view.y -= dy / view.scale;
    apply();
  }
  // Brings entity i to the middle, zoomed in far enough to read it.
  function centerOn(i) {
    const g = entityElement[i];
    if (!g) return;
    const box = g.getBBox();
    view.scale = Math.max(view.scale, 1.2);
    view.x = box.x + box.width / 2 - stage.clientWidth / 2 / view.scale;
    view.y = box.y + box.height / 2 - stage.clientHeight / 2 / view.scale;
    apply();
  }
  const zoomStep = 1.25;
  const middle = () => [stage.clientWidth / 2, stage.clientHeight / 2];
  $("zoom-in").addEventListener("click", () => zoomAt(zoomStep, ...middle()));
  $("zoom-out").addEventListener("click", () => zoomAt(1 / zoomStep, ...middle()));
  $("fit").addEventListener("click", fit);
  $("clear").addEventListener("click", clearSelection);
  $("toggle-panel").addEventListener("click", () => {
    document.body.classList.toggle("panel-hidden");
    apply();
  });
  window.addEventListener("resize", apply);

  stage.addEventListener("wheel", (event) => {
    event.preventDefault();
    const rect = stage.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015)), event.clientX - rect.left, event.clientY - rect.top);
  }, { passive: false });

  // Mouse and touch through pointer events: one pointer pans, two pinch.
  const pointers = new Map();
  let dragged = false;
  let pinch = null;
  stage.addEventListener("pointerdown", (event) => {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) dragged = false;
    if (pointers.size === 2) pinch = null;
  });
  stage.addEventListener("pointermove", (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    if (pointers.size === 1) {
      const dx = event.clientX - last.x;
      const dy = event.clientY - last.y;
      if (!dragged && Math.hypot(dx, dy) < 4) return;
      if (!dragged) { dragged = true; stage.setPointerCapture(event.pointerId); stage.classList.add("dragging"); }
      panBy(dx, dy);
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    } else if (pointers.size === 2) {
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const [a, b] = [...pointers.values()];
      const rect = stage.getBoundingClientRect();
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const cx = (a.x + b.x) / 2 - rect.left;
      const cy = (a.y + b.y) / 2 - rect.top;
      if (pinch) {
        zoomAt(distance / pinch.distance, cx, cy);
        panBy(cx - pinch.cx, cy - pinch.cy);
      }
      pinch = { distance: Math.max(distance, 1), cx, cy };
      dragged = true;
    }
  });
  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
    if (pointers.size === 0) stage.classList.remove("dragging");
  };
  stage.addEventListener("pointerup", release);
  stage.addEventListener("pointercancel", release);

  stage.addEventListener("click", (event) => {
    if (dragged) { dragged = false; return; }
    const node = event.target.closest("g.node");
    const edge = event.target.closest("g.edge");
    if (node) {
      const i = entityElement.indexOf(node);
      if (i >= 0) selectEntity(i, false);
    } else if (edge && edgeRelations.has(edge)) {
      selectRelations(edgeRelations.get(edge), undefined);
    } else {
      clearSelection();
    }
  });

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const step = 80;
    const actions = {
      "+": () => zoomAt(zoomStep, ...middle()),
      "=": () => zoomAt(zoomStep, ...middle()),
      "-": () => zoomAt(1 / zoomStep, ...middle()),
      "0": fit,
      "f": fit,
      "ArrowLeft": () => panBy(step, 0),
      "ArrowRight": () => panBy(-step, 0),
      "ArrowUp": () => panBy(0, step),
      "ArrowDown": () => panBy(0, -step),
      "Escape": clearSelection,
      "/": () => searchInput.focus(),
    };
    const action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  });

  // ---------------------------------------------------------------- start
  const title = data.meta.graph + (data.meta.selection ? " " + data.meta.selection : "");
  document.title = title + " — relgraph explorer";
  $("graph-name").textContent = title;
  $("graph-name").title = title;
  timeChanged(null);
  fit();
})();
"""#
}
