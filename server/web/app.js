// newsarchive's search page, on the JSON API of docs/http-api.md. The whole state of a search
// lives in the page's URL (query, filters, period, order, page, open article), so every view can
// be bookmarked and shared. Every text from the archive reaches the page through textContent or
// text nodes, never as HTML.
"use strict";

const PAGE_SIZE = 10;
const FACETS = "person,org,place,source,lang,date";
const FACET_NAMES = { person: "People", org: "Organisations", place: "Places",
  source: "Sources", lang: "Languages" };
const $ = (id) => document.getElementById(id);

// ---- state <-> URL ----------------------------------------------------------------------

function readState() {
  const p = new URLSearchParams(location.search);
  return { q: p.get("q") || "", filters: p.getAll("filter"), since: p.get("since") || "",
    until: p.get("until") || "", sort: p.get("sort") || "relevance",
    page: Math.max(1, parseInt(p.get("page") || "1", 10) || 1),
    cluster: p.get("cluster") || "", article: p.get("article") || "" };
}

function stateQuery(s) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const f of s.filters) p.append("filter", f);
  if (s.since) p.set("since", s.since);
  if (s.until) p.set("until", s.until);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  if (s.page > 1) p.set("page", String(s.page));
  if (s.cluster) p.set("cluster", s.cluster);
  if (s.article) p.set("article", s.article);
  return p.toString();
}

let state = readState();

function go(changes, resetPage = true) {
  state = Object.assign({}, state, resetPage ? { page: 1 } : {}, { article: "" }, changes);
  history.pushState(null, "", "?" + stateQuery(state));
  show();
}

window.addEventListener("popstate", () => { state = readState(); show(); });

// ---- the API ----------------------------------------------------------------------------

async function api(path, params) {
  const headers = {};
  const token = sessionStorage.getItem("newsarchive-token");
  if (token) headers.Authorization = "Bearer " + token;
  const res = await fetch(path + (params ? "?" + params.toString() : ""), { headers });
  if (res.status === 401) {
    const given = prompt("This archive needs an access token:");
    if (given) { sessionStorage.setItem("newsarchive-token", given.trim()); return api(path, params); }
  }
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
  return body;
}

function searchParams(s) {
  const p = new URLSearchParams();
  p.set("q", s.q);
  for (const f of s.filters) p.append("filter", f);
  if (s.cluster) { p.append("filter", "cluster:" + s.cluster); p.set("collapse", "0"); }
  if (s.since) p.set("since", s.since);
  if (s.until) p.set("until", s.until);
  p.set("sort", s.sort);
  p.set("offset", String((s.page - 1) * PAGE_SIZE));
  p.set("limit", String(PAGE_SIZE));
  p.set("facets", FACETS);
  return p;
}

// ---- building the page ------------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

// Highlights are byte ranges of the UTF-8 text (as the library gives them).
function snippet(text, highlights) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const p = el("p", { class: "snippet", dir: "auto" });
  let at = 0;
  for (const [begin, end] of highlights) {
    if (begin < at) continue;
    p.append(dec.decode(bytes.subarray(at, begin)), el("mark", {}, dec.decode(bytes.subarray(begin, end))));
    at = end;
  }
  p.append(dec.decode(bytes.subarray(at)));
  return p;
}

function metaLine(item) {
  const parts = [item.date ? item.date.slice(0, 10) : "undated", item.source,
    (item.authors || []).join(", ")].filter(Boolean);
  return el("div", { class: "meta", dir: "auto" }, parts.join(" · "));
}

function articleLink(hit) {
  const target = Object.assign({}, state, { article: hit.id });
  // No dir of its own: the heading around it takes its direction from the title (dir="auto").
  return el("a", { href: "?" + stateQuery(target), on: { click: (e) => {
    e.preventDefault();
    state = target;
    history.pushState(null, "", "?" + stateQuery(state));
    show();
  } } }, hit.title || "(untitled)");
}

function hitItem(hit) {
  const similar = hit.similar > 0 && hit.cluster && !state.cluster
    ? el("button", { class: "similar", type: "button",
        on: { click: () => go({ cluster: hit.cluster }) } }, "+" + hit.similar + " similar")
    : null;
  return el("li", { class: "hit" }, el("h2", { dir: "auto" }, articleLink(hit)), metaLine(hit),
    hit.snippet ? snippet(hit.snippet, hit.highlights) : null, similar);
}

function toggleFilter(filter) {
  const on = state.filters.includes(filter);
  go({ filters: on ? state.filters.filter((f) => f !== filter) : state.filters.concat([filter]) });
}

function facetList(facet) {
  const list = el("ul");
  for (const v of facet.values) {
    const filter = facet.field + ":" + v.key;
    // The query language cannot quote a value that holds '"', so it cannot be a filter.
    const usable = !v.key.includes('"');
    list.append(el("li", {}, el("button", Object.assign({ class: "facet", type: "button",
      dir: "auto", "aria-pressed": String(state.filters.includes(filter)), "data-filter": filter,
      on: { click: () => toggleFilter(filter) } }, usable ? {} : { disabled: "" }),
    el("span", { dir: "auto" }, v.label), el("span", { class: "count" }, String(v.count)))));
  }
  return list;
}

function renderFacets(facets) {
  const box = $("facets");
  box.replaceChildren();
  for (const f of facets) {
    if (f.field === "date" || f.values.length === 0) continue;
    box.append(el("h3", {}, FACET_NAMES[f.field] || f.field), facetList(f));
  }
}

function renderChips() {
  const chips = $("chips");
  chips.replaceChildren();
  const chip = (text, changes) => chips.append(el("button", { class: "chip", type: "button",
    dir: "auto", title: "Remove", on: { click: () => go(changes) } }, text));
  for (const f of state.filters) chip(f, { filters: state.filters.filter((x) => x !== f) });
  if (state.since || state.until)
    chip((state.since || "…") + " – " + (state.until || "…"), { since: "", until: "" });
  if (state.cluster) chip("similar to one story", { cluster: "" });
}

function renderSummary(result) {
  const box = $("summary");
  box.replaceChildren();
  const exact = result.total.lower_bound === result.total.upper_bound;
  const n = result.total.estimate;
  box.append((exact ? "" : "about ") + n + (n === 1 ? " match" : " matches"));
  if (result.suggestion) {
    box.append(result.corrected ? " for " : " · did you mean ");
    box.append(el("a", { class: "suggestion", href: "?" + stateQuery(Object.assign({}, state,
      { q: result.suggestion, page: 1 })), dir: "auto" }, result.suggestion));
  }
  for (const w of result.warnings) box.append(el("div", { class: "meta" }, w));
}

function renderPager(result) {
  const pager = $("pager");
  pager.replaceChildren();
  const pages = Math.max(1, Math.ceil(result.total.estimate / PAGE_SIZE));
  if (pages <= 1) return;
  const button = (label, page, enabled) => el("button", Object.assign({ type: "button" },
    enabled ? {} : { disabled: "" }), label);
  const prev = button("← Previous", state.page - 1, state.page > 1);
  const next = button("Next →", state.page + 1, state.page < pages);
  prev.addEventListener("click", () => go({ page: state.page - 1 }, false));
  next.addEventListener("click", () => go({ page: state.page + 1 }, false));
  pager.append(prev, el("span", {}, "page " + state.page + " of " + pages), next);
}

// ---- the date histogram: a drag (or a tap on one bar) chooses the period -----------------

const SVG = "http://www.w3.org/2000/svg";

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function renderHistogram(facet) {
  const figure = $("histogram");
  const values = facet ? facet.values : [];
  figure.hidden = values.length < 2;
  if (figure.hidden) return;
  const chart = $("chart");
  const width = 600, height = 90, step = width / values.length;
  const max = Math.max(1, ...values.map((v) => v.count));
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  chart.setAttribute("preserveAspectRatio", "none");
  chart.replaceChildren();
  const band = svgEl("rect", { class: "band", x: 0, y: 0, width: 0, height });
  chart.append(band);
  values.forEach((v, i) => {
    const h = Math.max(v.count > 0 ? 2 : 0, (v.count / max) * (height - 4));
    const bar = svgEl("rect", { class: "bar", x: i * step + step * 0.1, y: height - h,
      width: step * 0.8, height: h, "data-key": v.key });
    bar.append(svgEl("title", {}));
    bar.firstChild.textContent = v.label + ": " + v.count;
    chart.append(bar);
  });
  $("chart-caption").textContent = values[0].label + " – " + values[values.length - 1].label +
    " (by " + facet.granularity + "; drag across the chart to choose a period)";
  dragToSelect(chart, band, values, step, width);
}

function dragToSelect(chart, band, values, step, width) {
  const index = (e) => {
    const box = chart.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * width;
    return Math.min(values.length - 1, Math.max(0, Math.floor(x / step)));
  };
  let start = null;
  const paint = (a, b) => {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    band.setAttribute("x", lo * step);
    band.setAttribute("width", (hi - lo + 1) * step);
    chart.querySelectorAll(".bar").forEach((bar, i) => bar.classList.toggle("in", i >= lo && i <= hi));
  };
  chart.onpointerdown = (e) => { start = index(e); chart.setPointerCapture(e.pointerId); paint(start, start); };
  chart.onpointermove = (e) => { if (start !== null) paint(start, index(e)); };
  chart.onpointerup = (e) => {
    if (start === null) return;
    const end = index(e);
    const lo = Math.min(start, end), hi = Math.max(start, end);
    start = null;
    go({ since: values[lo].key, until: values[hi].key });
  };
}

// ---- the two views ----------------------------------------------------------------------

function showError(box, error) {
  box.replaceChildren(el("p", { class: "error" }, String(error.message || error)));
}

async function showResults() {
  $("article").hidden = true;
  $("results").hidden = false;
  $("facets").hidden = false;
  renderChips();
  if (!state.q && state.filters.length === 0 && !state.since && !state.until && !state.cluster) {
    $("summary").textContent = "Search the archive: type words, then Enter.";
    for (const id of ["hits", "pager", "facets"]) $(id).replaceChildren();
    $("histogram").hidden = true;
    return;
  }
  $("summary").textContent = "Searching…";
  try {
    const result = await api("/api/search", searchParams(state));
    renderSummary(result);
    $("hits").replaceChildren(...result.hits.map(hitItem));
    renderFacets(result.facets);
    renderHistogram(result.facets.find((f) => f.field === "date"));
    renderPager(result);
  } catch (error) {
    showError($("summary"), error);
    for (const id of ["hits", "pager", "facets"]) $(id).replaceChildren();
  }
}

async function showArticle() {
  const box = $("article");
  $("results").hidden = true;
  $("facets").hidden = true;
  box.hidden = false;
  renderChips();
  const back = el("button", { type: "button", on: { click: () => {
    state = Object.assign({}, state, { article: "" });
    history.pushState(null, "", "?" + stateQuery(state));
    show();
  } } }, "← Results");
  box.replaceChildren(back, el("p", {}, "Loading…"));
  try {
    const a = await api("/api/article/" + encodeURIComponent(state.article));
    const body = el("div", { class: "body" });
    for (const para of a.body.split(/\n\s*\n/)) if (para.trim()) body.append(el("p", { dir: "auto" }, para));
    const link = a.url && /^https?:\/\//i.test(a.url)
      ? el("a", { href: a.url, rel: "noopener noreferrer nofollow" }, a.url) : null;
    box.replaceChildren(back, el("h1", { dir: "auto" }, a.title || "(untitled)"), metaLine(a));
    if (link) box.append(el("div", { class: "meta" }, link));
    box.append(body);
  } catch (error) {
    box.replaceChildren(back);
    box.append(el("p", { class: "error" }, String(error.message || error)));
  }
}

function show() {
  $("q").value = state.q;
  $("sort").value = state.sort;
  document.title = (state.q ? state.q + " – " : "") + "newsarchive";
  return state.article ? showArticle() : showResults();
}

$("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  go({ q: $("q").value.trim(), sort: $("sort").value });
});
$("sort").addEventListener("change", () => go({ q: $("q").value.trim(), sort: $("sort").value }));
show();
