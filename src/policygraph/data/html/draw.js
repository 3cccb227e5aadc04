/* policygraph HTML page: zoom/pan, search, type and period filters, details panel.
   No network, no libraries. The page state can be set from the URL:
   page.html#search=217-QĐ/TW&from=2019&to=2021&undated=0&hide=place,agency&select=IRI&zoom=2 */
(function () {
"use strict";
var data = JSON.parse(document.getElementById("pg-data").textContent);
var svg = document.getElementById("pg-svg"), vp = document.getElementById("viewport");
var nodeEls = Array.prototype.slice.call(document.querySelectorAll("g.node"));
var edgeEls = Array.prototype.slice.call(document.querySelectorAll("line.edge"));
var byId = {};
nodeEls.forEach(function (el) { byId[el.getAttribute("data-node-id")] = el; });
var neighbours = {};
edgeEls.forEach(function (el) {
  var a = el.getAttribute("data-source"), b = el.getAttribute("data-target");
  (neighbours[a] = neighbours[a] || []).push([b, el.getAttribute("data-edge-type"), "→"]);
  (neighbours[b] = neighbours[b] || []).push([a, el.getAttribute("data-edge-type"), "←"]);
});
var view = {x: 0, y: 0, k: 1};

/* ---- zoom and pan: marks and labels keep their screen size, so zooming in spreads the
   nodes apart and reveals the labels that did not fit (data-level = zoom they need) */
function apply() {
  vp.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
  var inv = 1 / view.k;
  nodeEls.forEach(function (el) {
    el.setAttribute("transform", "translate(" + el.getAttribute("data-x") + "," +
      el.getAttribute("data-y") + ") scale(" + inv + ")");
    el.classList.toggle("nolabel", Number(el.getAttribute("data-level")) > view.k * 1.001);
  });
}
function pt(evt) {
  var r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;
  var s = Math.max(vb.width / r.width, vb.height / r.height);
  return {x: (evt.clientX - r.left) * s, y: (evt.clientY - r.top) * s};
}
function zoom(p, f) {
  var k = Math.min(32, Math.max(0.5, view.k * f)); f = k / view.k;
  view.x = p.x - (p.x - view.x) * f; view.y = p.y - (p.y - view.y) * f; view.k = k; apply();
}
svg.addEventListener("wheel", function (e) {
  e.preventDefault(); zoom(pt(e), e.deltaY < 0 ? 1.2 : 1 / 1.2);
}, {passive: false});
var drag = null;
svg.addEventListener("mousedown", function (e) {
  if (e.target.closest && e.target.closest("g.node")) return;
  drag = {p: pt(e), x: view.x, y: view.y}; svg.style.cursor = "grabbing";
});
window.addEventListener("mousemove", function (e) {
  if (!drag) return; var p = pt(e);
  view.x = drag.x + p.x - drag.p.x; view.y = drag.y + p.y - drag.p.y; apply();
});
window.addEventListener("mouseup", function () { drag = null; svg.style.cursor = "grab"; });
function button(id, f) { var b = document.getElementById(id); if (b) b.addEventListener("click", f); }
function middle() { var vb = svg.viewBox.baseVal; return {x: vb.width / 2, y: vb.height / 2}; }
button("zoom-in", function () { zoom(middle(), 1.5); });
button("zoom-out", function () { zoom(middle(), 1 / 1.5); });
button("zoom-reset", function () { view = {x: 0, y: 0, k: 1}; apply(); });

/* ---- text helpers */
function fold(s) {
  return String(s).replace(/\u0111/g, "d").replace(/\u0110/g, "D").normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}
function esc(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
  });
}
function label(id) { var n = data.nodes[id]; return n ? n.label : id; }

/* ---- filters: by type, and by period (the date of the articles that cite or mention) */
var yearFrom = document.getElementById("year-from"), yearTo = document.getElementById("year-to");
var undated = document.getElementById("undated"), period = document.getElementById("period-text");
function hiddenTypes() {
  var h = {};
  document.querySelectorAll(".type-filter").forEach(function (c) { if (!c.checked) h[c.value] = true; });
  return h;
}
function inPeriod() {
  var ok = {};
  if (!yearFrom) { nodeEls.forEach(function (el) { ok[el.getAttribute("data-node-id")] = true; }); return ok; }
  var lo = Number(yearFrom.value), hi = Number(yearTo.value);
  if (lo > hi) { var t = lo; lo = hi; hi = t; }
  if (period) period.textContent = lo === hi ? String(lo) : lo + "–" + hi;
  var withUndated = !undated || undated.checked, dated = {};
  Object.keys(data.years).forEach(function (id) {
    data.years[id].forEach(function (y) {
      if (y === null ? withUndated : (y >= lo && y <= hi)) ok[id] = true;
    });
    dated[id] = true;
  });
  /* entities no article points at (a province above a commune) follow their neighbours */
  nodeEls.forEach(function (el) {
    var id = el.getAttribute("data-node-id");
    if (dated[id]) return;
    (neighbours[id] || []).forEach(function (n) { if (ok[n[0]] && dated[n[0]]) ok[id] = true; });
  });
  return ok;
}
function refresh() {
  var h = hiddenTypes(), ok = inPeriod(), vis = {}, shown = 0;
  nodeEls.forEach(function (el) {
    var id = el.getAttribute("data-node-id");
    var off = !!h[el.getAttribute("data-type")] || !ok[id];
    el.classList.toggle("hidden", off);
    if (!off) { vis[id] = true; shown += 1; }
  });
  edgeEls.forEach(function (el) {
    el.classList.toggle("hidden", !(vis[el.getAttribute("data-source")] && vis[el.getAttribute("data-target")]));
  });
  var count = document.getElementById("shown");
  if (count) count.textContent = String(shown);
}
document.querySelectorAll(".type-filter").forEach(function (c) { c.addEventListener("change", refresh); });
[yearFrom, yearTo, undated].forEach(function (c) { if (c) c.addEventListener("input", refresh); });
if (undated) undated.addEventListener("change", refresh);

/* ---- search: a document number, a name, a code; diacritics optional */
var search = document.getElementById("search"), hits = document.getElementById("hits");
function find() {
  var q = fold(search.value), found = [], exact = [];
  nodeEls.forEach(function (el) {
    var fields = el.getAttribute("data-search");
    var m = q.length > 0 && fields.indexOf(q) >= 0;
    el.classList.toggle("hit", m); el.classList.toggle("dim", q.length > 0 && !m);
    if (m) { found.push(el); if (fields.split("|").indexOf(q) >= 0) exact.push(el); }
  });
  edgeEls.forEach(function (el) { el.classList.toggle("dim", q.length > 0); });
  found = exact.concat(found.filter(function (el) { return exact.indexOf(el) < 0; }));
  if (!q.length) { hits.innerHTML = ""; return found; }
  var out = "<div>" + found.length + " kết quả</div>";
  found.slice(0, 12).forEach(function (el) {
    var id = el.getAttribute("data-node-id");
    out += "<a href='#' class='goto' data-goto='" + esc(id) + "'>" + esc(label(id)) + "</a>";
  });
  if (found.length > 12) out += "<div>…</div>";
  hits.innerHTML = out;
  return found;
}
function go() {
  var f = find();
  if (f.length) {
    /* in a large graph, come closer so the found node's surroundings can be read */
    if (nodeEls.length > 150 && view.k < 3) view.k = 3;
    select(f[0].getAttribute("data-node-id")); center(f[0]);
  }
  return f;
}
search.addEventListener("input", find);
search.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });
function center(el) {
  var vb = svg.viewBox.baseVal;
  view.x = vb.width / 2 - Number(el.getAttribute("data-x")) * view.k;
  view.y = vb.height / 2 - Number(el.getAttribute("data-y")) * view.k;
  apply();
}

/* ---- details: attributes, links and the sentences that mention the node */
function select(id) {
  nodeEls.forEach(function (el) { el.classList.remove("selected"); el.classList.remove("near"); });
  if (byId[id]) byId[id].classList.add("selected");
  (neighbours[id] || []).forEach(function (x) { if (byId[x[0]]) byId[x[0]].classList.add("near"); });
  edgeEls.forEach(function (el) {
    el.classList.toggle("near", el.getAttribute("data-source") === id || el.getAttribute("data-target") === id);
  });
  var n = data.nodes[id]; if (!n) return;
  var out = "<h4 id='details-title'>" + esc(n.label) + "</h4><table>";
  out += "<tr><td>type</td><td>" + esc(n.type) + "</td></tr>";
  Object.keys(n.attrs).forEach(function (k) {
    out += "<tr><td>" + esc(k) + "</td><td>" + esc(n.attrs[k]) + "</td></tr>";
  });
  out += "<tr><td>IRI</td><td class='muted'>" + esc(id) + "</td></tr></table>";
  var ms = data.mentions[id] || [];
  if (ms.length) {
    out += "<h4>Câu nhắc đến (" + ms.length + ")</h4>";
    ms.forEach(function (m) {
      var s = esc(m.sentence || m.quote), q = esc(m.quote);
      if (q && s.indexOf(q) >= 0) s = s.replace(q, "<mark class='quote'>" + q + "</mark>");
      out += "<div class='mention'><div class='muted'>" + esc(m.article) + (m.date ? " · " + esc(m.date) : "") +
        " · " + esc(m.relation) + " · [" + esc(m.start) + "–" + esc(m.end) + "] → " + esc(m.entity) +
        "</div>" + s + "</div>";
    });
  }
  var ns = neighbours[id] || [];
  if (ns.length) {
    out += "<h4>Liên kết (" + ns.length + ")</h4><ul class='links'>";
    ns.slice().sort(function (a, b) { return label(a[0]).localeCompare(label(b[0]), "vi"); })
      .forEach(function (x) {
        out += "<li><span class='muted'>" + x[2] + " " + esc(x[1]) + "</span> <a href='#' class='goto' data-goto='" +
          esc(x[0]) + "'>" + esc(label(x[0])) + "</a></li>";
      });
    out += "</ul>";
  }
  document.getElementById("details").innerHTML = out;
}
document.addEventListener("click", function (e) {
  var a = e.target.closest ? e.target.closest("a.goto") : null;
  if (!a) return;
  e.preventDefault();
  var id = a.getAttribute("data-goto"); select(id); if (byId[id]) center(byId[id]);
});
nodeEls.forEach(function (el) {
  el.addEventListener("click", function (e) { e.stopPropagation(); select(el.getAttribute("data-node-id")); });
});

/* ---- state from the URL (?search=… or #search=…), so a link can open a search */
function fromUrl() {
  var params = new URLSearchParams(window.location.search);
  new URLSearchParams(window.location.hash.replace(/^#/, "")).forEach(function (v, k) { params.set(k, v); });
  if (params.has("hide")) {
    var hide = params.get("hide").split(",");
    document.querySelectorAll(".type-filter").forEach(function (c) { c.checked = hide.indexOf(c.value) < 0; });
  }
  if (yearFrom && params.has("from")) yearFrom.value = params.get("from");
  if (yearTo && params.has("to")) yearTo.value = params.get("to");
  if (undated && params.has("undated")) undated.checked = params.get("undated") !== "0";
  refresh();
  if (params.has("zoom") && Number(params.get("zoom")) > 0) {
    view = {x: 0, y: 0, k: 1}; zoom(middle(), Number(params.get("zoom")));
  }
  if (params.has("search")) {
    /* the same events as a person typing the text and pressing Enter */
    search.value = params.get("search");
    search.dispatchEvent(new Event("input"));
    search.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter"}));
  }
  if (params.has("select")) { select(params.get("select")); if (byId[params.get("select")]) center(byId[params.get("select")]); }
}
window.addEventListener("hashchange", fromUrl);
apply();
fromUrl();
document.body.setAttribute("data-ready", "1");
})();
