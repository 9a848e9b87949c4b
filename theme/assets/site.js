/* Ketamine Handbook: the little behaviour the site needs. Everything here enhances pages that already work
   without it, except search, which runs entirely in the browser over a prebuilt index (api/search.json). */
(function () {
  "use strict";
  var doc = document;
  var root = doc.body.getAttribute("data-root") || "./";

  function $(selector, scope) { return (scope || doc).querySelector(selector); }
  function $all(selector, scope) { return Array.prototype.slice.call((scope || doc).querySelectorAll(selector)); }
  function el(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  /* ---------- Colour scheme: follows the system until the reader chooses; the choice is remembered. ---------- */
  function initThemeToggle() {
    var button = $(".theme-toggle");
    if (!button) return;
    var html = doc.documentElement;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    function effective() { return html.getAttribute("data-theme") || (system.matches ? "dark" : "light"); }
    function show() { button.setAttribute("aria-pressed", effective() === "dark" ? "true" : "false"); }
    button.addEventListener("click", function () {
      var next = effective() === "dark" ? "light" : "dark";
      html.setAttribute("data-theme", next);
      try { localStorage.setItem("kh-theme", next); } catch (e) { /* private mode: the choice lasts for this page */ }
      show();
    });
    if (system.addEventListener) system.addEventListener("change", show);
    show();
  }

  /* ---------- Search ---------- */
  function initSearch() {
    var input = $("#search-input");
    if (!input) return;
    var box = input.closest(".search");
    var panel = $("#search-results");
    var status = $(".search-status", panel);
    var list = $(".search-list", panel);
    var index = null;
    var loading = null;

    function load() {
      if (!loading) {
        loading = fetch(input.getAttribute("data-index"))
          .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
          .then(function (data) { index = prepare(data); return index; })
          .catch(function () { loading = null; return null; });
      }
      return loading;
    }

    function prepare(data) {
      var docs = data.docs.map(function (d) {
        return { title: d[0], path: d[1], kind: d[2], summary: d[3], keywords: d[4],
          lTitle: d[0].toLowerCase(), lSummary: d[3].toLowerCase(), lKeywords: d[4].toLowerCase(), sections: [] };
      });
      data.sections.forEach(function (s) {
        docs[s[0]].sections.push({ heading: s[1], anchor: s[2], text: s[3], lHeading: s[1].toLowerCase(), lText: s[3].toLowerCase() });
      });
      return docs;
    }

    function terms(query) {
      return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
    }

    function count(haystack, term, cap) {
      var n = 0, at = haystack.indexOf(term);
      while (at >= 0 && n < cap) { n++; at = haystack.indexOf(term, at + term.length); }
      return n;
    }

    /* Every term must occur somewhere in a document; titles weigh most, then keywords, headings and summary. */
    function search(query) {
      var ts = terms(query);
      if (ts.length === 0) return [];
      var results = [];
      index.forEach(function (d) {
        var score = 0;
        for (var i = 0; i < ts.length; i++) {
          var t = ts[i], found = 0;
          if (d.lTitle.indexOf(t) >= 0) found += 10 + (new RegExp("(^|[^\\p{L}\\p{N}])" + escapeRegExp(t), "u").test(d.lTitle) ? 6 : 0);
          if (d.lKeywords.indexOf(t) >= 0) found += 4;
          if (d.lSummary.indexOf(t) >= 0) found += 3;
          d.sections.forEach(function (s) { found += (s.lHeading.indexOf(t) >= 0 ? 3 : 0) + count(s.lText, t, 3); });
          if (found === 0) return;
          score += found;
        }
        results.push({ doc: d, score: score, best: bestSection(d, ts) });
      });
      results.sort(function (a, b) { return b.score - a.score || a.doc.title.localeCompare(b.doc.title); });
      return results.slice(0, 10).map(function (r) { r.terms = ts; return r; });
    }

    /* The section that matches the most distinct terms (the earliest on a tie); null if only the title or summary matched. */
    function bestSection(d, ts) {
      var best = null, bestHits = 0;
      d.sections.forEach(function (s) {
        var hits = ts.filter(function (t) { return s.lText.indexOf(t) >= 0 || s.lHeading.indexOf(t) >= 0; }).length;
        if (hits > bestHits) { best = s; bestHits = hits; }
      });
      return best;
    }

    /* About 180 characters of text around the first match, cut at word boundaries. */
    function passage(text, ts) {
      var lower = text.toLowerCase(), first = -1;
      ts.forEach(function (t) { var at = lower.indexOf(t); if (at >= 0 && (first < 0 || at < first)) first = at; });
      if (first < 0) first = 0;
      var start = Math.max(0, first - 60);
      if (start > 0) { var space = text.indexOf(" ", start); if (space > 0 && space < first) start = space + 1; }
      var end = Math.min(text.length, start + 180);
      if (end < text.length) { var back = text.lastIndexOf(" ", end); if (back > first) end = back; }
      return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
    }

    function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

    /* Text with every term wrapped in <mark>, built as DOM nodes (never innerHTML), so indexed text cannot inject markup. */
    function highlighted(text, ts) {
      var span = el("span", "search-result-passage");
      var pattern = new RegExp("(" + ts.map(escapeRegExp).sort(function (a, b) { return b.length - a.length; }).join("|") + ")", "gi");
      var last = 0, match;
      while ((match = pattern.exec(text)) !== null) {
        if (match.index > last) span.appendChild(doc.createTextNode(text.slice(last, match.index)));
        span.appendChild(el("mark", null, match[0]));
        last = match.index + match[0].length;
        if (match[0].length === 0) pattern.lastIndex++;
      }
      if (last < text.length) span.appendChild(doc.createTextNode(text.slice(last)));
      return span;
    }

    function render(query) {
      list.textContent = "";
      if (terms(query).length === 0) { close(); return; }
      panel.hidden = false;
      if (!index) { status.textContent = "Loading the search index…"; return; }
      var results = search(query);
      status.textContent = results.length === 0 ? "No entry matches “" + query + "”." :
        results.length + (results.length === 1 ? " result" : " results") + " for “" + query + "”. Press the down arrow to move through them.";
      results.forEach(function (r) {
        var li = el("li");
        var a = el("a");
        a.href = root + r.doc.path + (r.best && r.best.anchor ? "#" + r.best.anchor : "");
        a.appendChild(el("span", "search-result-title", r.doc.title));
        a.appendChild(el("span", "search-result-where", r.doc.kind + (r.best && r.best.heading ? " › " + r.best.heading : "")));
        a.appendChild(highlighted(passage(r.best ? r.best.text : r.doc.summary, r.terms), r.terms));
        li.appendChild(a);
        list.appendChild(li);
      });
    }

    function close() { panel.hidden = true; }

    function update() {
      var query = input.value.trim();
      if (index) { render(query); return; }
      render(query);
      load().then(function (ready) {
        if (!ready) { status.textContent = "The search index could not be loaded."; return; }
        if (input.value.trim() === query) render(query);
      });
    }

    input.addEventListener("focus", load);
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (e) {
      var links = $all("a", list);
      if (e.key === "ArrowDown" && links.length) { e.preventDefault(); links[0].focus(); }
      else if (e.key === "Enter" && links.length) { e.preventDefault(); links[0].click(); }
      else if (e.key === "Escape") { if (!panel.hidden) close(); else { input.value = ""; input.blur(); } }
    });
    list.addEventListener("keydown", function (e) {
      var links = $all("a", list);
      var at = links.indexOf(doc.activeElement);
      if (e.key === "ArrowDown") { e.preventDefault(); if (at < links.length - 1) links[at + 1].focus(); }
      else if (e.key === "ArrowUp") { e.preventDefault(); if (at > 0) links[at - 1].focus(); else input.focus(); }
      else if (e.key === "Escape") { e.preventDefault(); close(); input.focus(); }
    });
    box.addEventListener("focusout", function (e) { if (!box.contains(e.relatedTarget)) close(); });
    input.addEventListener("focus", function () { if (input.value.trim()) update(); });

    /* "/" from anywhere (outside a text field) goes to the search box, as on most documentation sites. */
    doc.addEventListener("keydown", function (e) {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  /* ---------- Evidence table: sort by any column, filter by text, category and status. ---------- */
  function initTable() {
    var form = $(".table-tools");
    if (!form) return;
    var table = doc.getElementById(form.getAttribute("data-table"));
    var body = table.tBodies[0];
    var rows = $all("tr", body);
    rows.forEach(function (row, i) { row.setAttribute("data-order", i); });
    var counter = $(".table-count", form);

    $all("th[data-sort]", table).forEach(function (th, column) {
      var button = el("button", "sort-button", th.textContent);
      button.type = "button";
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var numeric = th.getAttribute("data-sort") === "number";
        var current = th.getAttribute("aria-sort");
        // Numbers (status, grades) start strongest first; text starts A to Z.
        var direction = current ? (current === "ascending" ? "descending" : "ascending") : (numeric ? "descending" : "ascending");
        $all("th[aria-sort]", table).forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", direction);
        var sign = direction === "ascending" ? 1 : -1;
        var sorted = rows.slice().sort(function (a, b) {
          var x = a.cells[column], y = b.cells[column], c;
          if (numeric) c = Number(x.getAttribute("data-value")) - Number(y.getAttribute("data-value"));
          else c = x.textContent.trim().localeCompare(y.textContent.trim());
          return sign * c || a.getAttribute("data-order") - b.getAttribute("data-order");
        });
        sorted.forEach(function (row) { body.appendChild(row); });
      });
    });

    function filter() {
      var q = form.elements.q.value.trim().toLowerCase();
      var category = form.elements.category.value;
      var state = form.elements.status.value;
      var shown = 0;
      rows.forEach(function (row) {
        var visible = (!category || row.getAttribute("data-category") === category) &&
          (!state || row.getAttribute("data-status") === state) &&
          (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
        row.hidden = !visible;
        if (visible) shown++;
      });
      counter.textContent = shown === rows.length ? "Showing all " + rows.length + " entries." : "Showing " + shown + " of " + rows.length + " entries.";
    }
    form.addEventListener("input", filter);
    form.addEventListener("change", filter);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    filter();
  }

  /* ---------- Copy buttons of the cite box ---------- */
  function initCopy() {
    $all("[data-copy]").forEach(function (button) {
      var label = button.textContent;
      button.addEventListener("click", function () {
        var source = doc.getElementById(button.getAttribute("data-copy"));
        var text = source ? source.textContent : "";
        var live = $(".copy-status", button.closest("section") || doc);
        var copied = navigator.clipboard && navigator.clipboard.writeText
          ? navigator.clipboard.writeText(text)
          : Promise.reject(new Error("no clipboard"));
        copied.catch(function () { return legacyCopy(text); }).then(function () {
          button.textContent = "Copied";
          if (live) live.textContent = "Copied to the clipboard.";
          setTimeout(function () { button.textContent = label; }, 2000);
        }, function () {
          if (live) live.textContent = "Copying failed; select the text and copy it by hand.";
        });
      });
    });
  }

  function legacyCopy(text) {
    var area = el("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    doc.body.appendChild(area);
    area.select();
    var ok = doc.execCommand && doc.execCommand("copy");
    doc.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  /* ---------- Badge tooltips: Escape hides one without moving focus (WCAG 1.4.13). ---------- */
  function initTips() {
    $all(".badge-item").forEach(function (item) {
      function reset() { item.classList.remove("tip-dismissed"); }
      item.addEventListener("keydown", function (e) { if (e.key === "Escape") item.classList.add("tip-dismissed"); });
      item.addEventListener("focusout", reset);
      item.addEventListener("mouseleave", reset);
    });
  }

  /* ---------- Print: internal links print their full address too. ---------- */
  function initPrint() {
    window.addEventListener("beforeprint", function () {
      $all(".prose a[href]:not([href^='http']):not([href^='#'])").forEach(function (a) { a.setAttribute("data-print-url", a.href); });
    });
  }

  /* ---------- Cascade: on a narrow screen, start scrolled to the current entry's box (or the middle). ---------- */
  function initCascadeScroll() {
    $all(".cascade-scroll").forEach(function (box) {
      if (box.scrollWidth <= box.clientWidth) return;
      var target = (box.scrollWidth - box.clientWidth) / 2;
      var current = $(".cascade-node.is-current .cascade-box", box);
      if (current) {
        var node = current.getBoundingClientRect(), frame = box.getBoundingClientRect();
        target = box.scrollLeft + node.left + node.width / 2 - frame.left - box.clientWidth / 2;
      }
      box.scrollLeft = Math.max(0, target);
    });
  }

  /* ---------- 404: guess the wanted entry from the address ---------- */
  function initNotFound() {
    var data = $("#not-found-data");
    if (!data) return;
    var base = data.getAttribute("data-base") || "/";
    var editions = JSON.parse(data.textContent).editions;
    var path = decodeURIComponent(location.pathname);
    if (path.indexOf(base) === 0) path = path.slice(base.length);
    var parts = path.split("/").filter(Boolean);
    var version = "", prefix = "";
    var messages = [];
    if (parts[0] === "v" && parts.length > 1) {
      if (editions[parts[1]]) { version = parts[1]; prefix = "v/" + version + "/"; }
      else messages.push("There is no edition " + parts[1] + "." + editionList(editions));
      parts = parts.slice(2);
    }
    var slug = (parts[0] === "entries" ? parts[1] : parts[parts.length - 1]) || "";
    slug = slug.replace(/\.html?$/, "").toLowerCase();
    var entries = editions[version].entries;
    var guess = slug ? closest(slug, Object.keys(entries)) : null;
    var box = $("#not-found-guess");
    var text = $(".not-found-guess-text", box);
    messages.forEach(function (m) { text.appendChild(doc.createTextNode(m + " ")); });
    if (guess) {
      text.appendChild(doc.createTextNode("Were you looking for "));
      var a = el("a", null, entries[guess]);
      a.href = base + prefix + "entries/" + guess + "/";
      text.appendChild(a);
      text.appendChild(doc.createTextNode(version ? " in edition " + version + "?" : "?"));
    } else if (slug && version && editions[""].entries[slug]) {
      text.appendChild(doc.createTextNode("That entry is not in edition " + version + ". It is in the "));
      var living = el("a", null, "living edition");
      living.href = base + "entries/" + slug + "/";
      text.appendChild(living);
      text.appendChild(doc.createTextNode("."));
    }
    if (text.childNodes.length) box.hidden = false;
    // In an edition, the static list points into that edition for the entries it has.
    if (version) $all("#not-found-list li").forEach(function (li) {
      if (entries[li.getAttribute("data-id")]) $("a", li).href = base + prefix + "entries/" + li.getAttribute("data-id") + "/";
    });
  }

  function editionList(editions) {
    var versions = Object.keys(editions).filter(Boolean);
    return versions.length ? " Released editions: " + versions.join(", ") + "." : " No edition has been released yet.";
  }

  /* The id sharing the most words with the slug, or else the nearest by edit distance; null if nothing is close. */
  function closest(slug, ids) {
    var words = slug.split(/[^a-z0-9]+/).filter(Boolean);
    var best = null, bestScore = 0;
    ids.forEach(function (id) {
      var idWords = id.split("-");
      var shared = words.filter(function (w) {
        return w.length > 2 && idWords.some(function (x) { return x.indexOf(w) === 0 || w.indexOf(x) === 0 && x.length > 2; });
      }).length;
      var distance = editDistance(slug, id);
      var score = shared * 10 + Math.max(0, 10 - distance * 10 / Math.max(slug.length, id.length) * 2);
      if (score > bestScore) { best = id; bestScore = score; }
    });
    return bestScore >= 5 ? best : null;
  }

  function editDistance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var previous = row[0];
      row[0] = i;
      for (var k = 1; k <= b.length; k++) {
        var saved = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1, previous + (a[i - 1] === b[k - 1] ? 0 : 1));
        previous = saved;
      }
    }
    return row[b.length];
  }

  initThemeToggle();
  initSearch();
  initTable();
  initCopy();
  initTips();
  initPrint();
  initCascadeScroll();
  initNotFound();
})();
