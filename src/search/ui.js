/* gazette search page: fills the filters from the manifest, runs the query
   from ?q=... on load and on submit, renders results and pages. */
(function () {
  "use strict";
  var root = document.getElementById("search");
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var nav = document.getElementById("search-pages");
  if (!root || !form || !input || !window.gazetteSearch) return;
  var prefix = root.getAttribute("data-root") || "";
  var m = window.gazetteSearch.manifest() || {};
  var selects = {
    section: [document.getElementById("search-section"), m.sections],
    reporter: [document.getElementById("search-reporter"), m.reporters],
    topic: [document.getElementById("search-topic"), m.topics],
    year: [document.getElementById("search-year"), (m.years || []).map(function (y) { return [String(y[0]), y[2] - y[1]]; }).reverse()]
  };
  function option(sel, value, label) {
    var o = document.createElement("option"); o.value = value; o.textContent = label; sel.appendChild(o);
  }
  Object.keys(selects).forEach(function (k) {
    var sel = selects[k][0];
    if (!sel) return;
    if (!sel.options.length) option(sel, "", sel.getAttribute("data-all") || "—");
    (selects[k][1] || []).forEach(function (v) { option(sel, v[0], v[0] + " (" + v[1] + ")"); });
  });

  function params() { return new URLSearchParams(location.search); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; }

  function render(res, opts) {
    list.textContent = ""; nav.textContent = "";
    // Wording comes from the page (data-results="{n} 条结果", data-empty="…").
    status.textContent = res.total
      ? (res.total === 1 && root.getAttribute("data-result-one")) ||
        (root.getAttribute("data-results") || "{n} results").replace("{n}", res.total)
      : root.getAttribute("data-empty") || "No results";
    res.results.forEach(function (r) {
      var li = el("li", "search-result");
      // Each result in its own direction (an Arabic story found on an English site):
      // the cards carry no language, so the browser tells it from the text.
      li.dir = "auto";
      var a = el("a", "search-title", r.title); a.href = prefix + r.url;
      var h = el("h2"); h.appendChild(a); li.appendChild(h);
      var meta = el("p", "search-meta", [r.date, r.section, (r.reporters || []).join(root.getAttribute("data-separator") || "、")].filter(Boolean).join(" · "));
      li.appendChild(meta);
      var p = el("p", "search-snippet"); p.innerHTML = r.snippet; li.appendChild(p);
      list.appendChild(li);
    });
    var pages = Math.ceil(res.total / 10), page = opts.page || 1;
    if (pages > 1) {
      var link = function (n, label) {
        if (n < 1 || n > pages) return;
        var q = params(); q.set("page", n);
        var a = el("a", "search-page", label); a.href = "?" + q.toString(); a.rel = n < page ? "prev" : "next";
        // The arrows alone say nothing to a screen reader: the page gives their names.
        var name = root.getAttribute(n < page ? "data-prev-page" : "data-next-page");
        if (name) a.setAttribute("aria-label", name);
        nav.appendChild(a);
      };
      link(page - 1, "‹");
      nav.appendChild(el("span", "search-page-of", page + " / " + pages));
      link(page + 1, "›");
    }
  }

  function run() {
    var q = params(), text = q.get("q") || "";
    var opts = { page: parseInt(q.get("page"), 10) || 1 };
    input.value = text;
    input.defaultValue = text;
    ["section", "reporter", "topic", "year"].forEach(function (k) {
      var v = q.get(k); if (v) opts[k] = v;
      if (selects[k][0]) selects[k][0].value = v || "";
    });
    ["from", "to"].forEach(function (k) {
      var v = q.get(k); if (v) opts[k] = v;
      var input = document.getElementById("search-" + k);
      if (input) input.value = v || "";
    });
    if (!text && !opts.section && !opts.reporter && !opts.topic && !opts.year && !opts.from && !opts.to) {
      // An emptied search shows no results, not the last search's.
      list.textContent = ""; nav.textContent = ""; status.textContent = "";
      return;
    }
    status.textContent = "…";
    // Keep the old list's height until the new one is in: no layout jump.
    list.style.minHeight = list.offsetHeight + "px";
    window.gazetteSearch.query(text, opts).then(function (res) {
      render(res, opts); list.style.minHeight = "";
    }, function (err) { status.textContent = String(err && err.message || err); list.style.minHeight = ""; });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var q = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (v) q.set(k, v); });
    try { history.pushState(null, "", "?" + q.toString()); } catch (err) { location.search = "?" + q.toString(); return; }
    run();
  });
  window.addEventListener("popstate", run);
  run();
})();
