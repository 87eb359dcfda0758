// The site's only script: draws the Plotly figures, hears of new figures (Server-Sent Events,
// else by polling the versioned endpoint) and swaps the live fragments in place, and makes
// tables sortable and filterable from the keyboard.
(function () {
  "use strict";
  var body = document.body;
  var POLL_MS = 4000;
  var FIRST_EVENT_MS = 10000; // no event by then (a proxy holding the stream): poll instead
  var RETRY_MS = 1500; // a fragment older than the event (a cache not yet told): ask once more
  var plotConfig = { displayModeBar: false, responsive: true };

  function legend(items) {
    var list = document.getElementById("map-legend");
    if (!list || !items) return;
    list.textContent = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      var sw = document.createElement("span");
      sw.className = "swatch";
      sw.style.background = item.color;
      sw.setAttribute("aria-hidden", "true");
      li.appendChild(sw);
      li.appendChild(document.createTextNode(item.name + " (" + item.count + ")"));
      list.appendChild(li);
    });
  }

  // The places the map has no outline for (abroad, overseas collectivities): tiles coloured
  // like the map, each a link to its page.
  function tiles(items) {
    var list = document.getElementById("map-tiles");
    if (!list || !items) return;
    list.textContent = "";
    list.hidden = items.length === 0;
    items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.url;
      a.title = item.title;
      a.dataset.code = item.code;
      a.style.background = item.color;
      a.style.color = item.text_color;
      var name = document.createElement("strong");
      name.textContent = item.name;
      var text = document.createElement("span");
      text.textContent = item.text;
      a.appendChild(name);
      a.appendChild(text);
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  // The map's canvas (mainland and overseas boxes) fills the element's width: its height and
  // MapLibre's zoom follow from the width, so the boxes' labels stay on their boxes.
  var mapConfig = { displayModeBar: false, responsive: false, scrollZoom: false };
  function fitMap(el, layout) {
    var fit = layout.meta && layout.meta.fit;
    if (!fit) return layout;
    var width = el.clientWidth || 560;
    layout.width = width;
    layout.height = Math.round(width * fit.aspect);
    layout.map.zoom = Math.log(width * 360 / (512 * fit.span)) / Math.LN2;
    return layout;
  }

  // The canvas already fills the map (its bounds forbid panning): without MapLibre's drag and
  // pinch handlers a finger on the map scrolls the page, as it does everywhere else on a phone,
  // and the boxes' names cannot be zoomed away from their boxes. Taps and hovers still work.
  function holdStill(map) {
    var subplot = map._fullLayout && map._fullLayout.map && map._fullLayout.map._subplot;
    var gl = subplot && subplot.map;
    if (!gl) return;
    if (gl.dragPan) gl.dragPan.disable();
    if (gl.touchZoomRotate) gl.touchZoomRotate.disable();
    if (gl.dragRotate) gl.dragRotate.disable();
  }

  function drawMap(f) {
    var map = document.getElementById("chart-map");
    var none = document.getElementById("map-none");
    if (!map || !("map" in f)) return;
    map.hidden = !f.map; // a feed with no geography: a sentence instead of a grey map
    if (none) none.hidden = Boolean(f.map);
    var help = document.getElementById("map-help");
    if (help) help.hidden = !f.map;
    if (!f.map) {
      map.dataset.drawn = String(f.version);
      return;
    }
    var layout = fitMap(map, f.map.layout);
    window.Plotly.react(map, f.map.data, layout, mapConfig).then(function () {
      holdStill(map);
      map.dataset.drawn = String(f.version);
      if (map.dataset.linked) return;
      map.dataset.linked = "yes";
      // a département's outline leads to its page (the link is in the point's customdata)
      map.on("plotly_click", function (event) {
        var point = event && event.points && event.points[0];
        if (point && point.customdata) window.location.assign(point.customdata);
      });
      var pending = null;
      window.addEventListener("resize", function () {
        window.clearTimeout(pending);
        pending = window.setTimeout(function () {
          if (!map.layout || !map.layout.meta) return;
          var fitted = fitMap(map, { meta: map.layout.meta, map: {} });
          window.Plotly.relayout(map, { width: fitted.width, height: fitted.height, "map.zoom": fitted.map.zoom });
        }, 200);
      });
    });
  }

  function drawFigures() {
    var url = body.dataset.figuresUrl;
    if (!url || !window.Plotly) return Promise.resolve(); // not loaded yet: drawn once it is
    if (body.dataset.results) url = versioned(url, body.dataset.results);
    return fetch(url, { cache: "no-cache", credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (f) {
        if (!f) return;
        var bar = document.getElementById("chart-bar");
        if (bar && f.bar) {
          window.Plotly.react(bar, f.bar.data, f.bar.layout, plotConfig);
          bar.dataset.drawn = String(f.version);
        }
        drawMap(f);
        legend(f.legend);
        tiles(f.tiles);
        return drawBuzz();
      })
      .catch(function () { /* the tables beside the charts carry the same figures */ });
  }

  // The buzz beside the count: shares of posts and of their reach beside the official shares.
  function drawBuzz() {
    var chart = document.getElementById("chart-buzz");
    if (!chart || !window.Plotly) return null;
    return fetch(chart.dataset.buzzUrl, { cache: "no-cache", credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (b) {
        if (!b) return;
        window.Plotly.react(chart, b.figure.data, b.figure.layout, plotConfig);
        chart.dataset.drawn = String(b.posts);
      });
  }

  // The version in the query makes each new version a new URL for the HTTP cache in front,
  // which would otherwise answer with its copy of the previous one for a few seconds.
  function versioned(url, token) {
    return url + (url.indexOf("?") < 0 ? "?" : "&") + "v=" + encodeURIComponent(token);
  }

  function refresh(v, retried) {
    var url = versioned(body.dataset.liveUrl, v.results + "." + v.claims + (retried ? ".1" : ""));
    return fetch(url, { cache: "no-cache", credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (live) {
        if (!live) return;
        if (!retried && Number(live.results) < Number(v.results)) {
          window.setTimeout(function () { refresh(v, true); }, RETRY_MS);
        }
        Object.keys(live.fragments).forEach(function (id) {
          var el = document.getElementById(id);
          if (el) el.innerHTML = live.fragments[id]; // rendered and escaped by the server
        });
        refreshTop();
        var resultsChanged = String(live.results) !== body.dataset.results;
        body.dataset.results = String(live.results);
        body.dataset.claims = String(live.claims);
        if (resultsChanged) drawFigures();
        else drawBuzz(); // new posts move the buzz, not the figures
      });
  }

  // The home page's first screen (leader, count, most spread posts) comes from its own fragment.
  function refreshTop() {
    var url = body.dataset.topUrl;
    var el = document.getElementById("live-top");
    if (!url || !el) return;
    fetch(url, { cache: "no-cache", credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) el.innerHTML = html; }) // escaped by the server
      .catch(function () { /* kept as it was until the next change */ });
  }

  // A version document (from an event or a poll): refresh what changed.
  function update(v) {
    if (!v) return null;
    var claimsChanged = String(v.claims) !== body.dataset.claims;
    if (body.dataset.followUrl && claimsChanged) {
      body.dataset.claims = String(v.claims);
      return checkFollowed();
    }
    if (body.dataset.liveUrl && (String(v.results) !== body.dataset.results || claimsChanged)) {
      return refresh(v, false);
    }
    return null;
  }

  function poll() {
    var url = body.dataset.versionUrl;
    if (!url) return;
    fetch(url, { cache: "no-cache", credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(update)
      .catch(function () { /* offline for a moment: try again at the next tick */ })
      .then(function () { window.setTimeout(poll, POLL_MS); });
  }

  // Pushed: the server sends a `version` event the moment a snapshot lands. The stream ends
  // every few minutes and EventSource reconnects by itself; a refusal (204: the server holds
  // enough streams), a browser without EventSource or a stream that never delivers falls back
  // to polling, for good on this page.
  var polling = false;
  function startPolling() {
    if (polling) return;
    polling = true;
    body.dataset.live = "poll";
    window.setTimeout(poll, POLL_MS);
  }

  function listen() {
    var url = body.dataset.eventsUrl;
    if (!url || !window.EventSource) return startPolling();
    var source = new window.EventSource(url);
    var heard = false;
    var fallback = window.setTimeout(function () {
      if (heard) return;
      source.close();
      startPolling();
    }, FIRST_EVENT_MS);
    source.addEventListener("version", function (e) {
      heard = true;
      body.dataset.live = "push";
      try { update(JSON.parse(e.data)); } catch (err) { /* a garbled event: the next one */ }
    });
    source.onerror = function () {
      if (source.readyState !== window.EventSource.CLOSED) return; // reconnecting by itself
      window.clearTimeout(fallback);
      startPolling();
    };
  }

  // aria-sort belongs on the column header (the button inside only triggers the sort).
  function sortable(table) {
    var headers = table.querySelectorAll("th button[data-sort]");
    headers.forEach(function (button) {
      var th = button.closest("th");
      var column = th.cellIndex;
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (b) { b.closest("th").setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = button.dataset.sort === "num";
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.value || a.cells[column].textContent;
          var y = b.cells[column].dataset.value || b.cells[column].textContent;
          var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, undefined, { numeric: true });
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { tbody.appendChild(row); });
      });
    });
  }

  function filters() {
    document.querySelectorAll("select[data-filter-table]").forEach(function (select) {
      var table = document.getElementById(select.dataset.filterTable);
      select.addEventListener("change", function () {
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var v = select.value;
          var show = v === "all" || row.dataset.state === v || (v === "anomalies" && row.dataset.anomalies);
          row.hidden = !show;
        });
      });
    });
  }

  // plotly.js is most of the page's weight and of its parsing time: a page that names it in
  // data-plotly-url loads it only when a chart comes near the screen (on a phone, the first
  // screen is the leader, the count and the rumours; the charts are further down).
  var plotlyLoading = null;
  function loadPlotly() {
    if (!plotlyLoading) {
      plotlyLoading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = body.dataset.plotlyUrl;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return plotlyLoading;
  }

  function drawWhenSeen() {
    var charts = document.querySelectorAll("#chart-bar, #chart-map");
    if (!("IntersectionObserver" in window)) {
      loadPlotly().then(drawFigures);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      observer.disconnect();
      loadPlotly().then(drawFigures).catch(function () { /* the tables carry the figures */ });
    }, { rootMargin: "200px 0px" });
    charts.forEach(function (chart) { observer.observe(chart); });
  }

  // Follow a post: remembered in this browser only (nothing is sent to the server); the open
  // page tells the reader, by a notification when allowed, when the post's label changes.
  var FOLLOWED = "primaries.followed";
  function followed() {
    try { return JSON.parse(window.localStorage.getItem(FOLLOWED) || "{}"); } catch (e) { return {}; }
  }
  function remember(list) {
    try { window.localStorage.setItem(FOLLOWED, JSON.stringify(list)); } catch (e) { /* private mode */ }
  }
  function showFollow(button, on) {
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.textContent = on ? button.dataset.on : button.dataset.off;
  }
  function setUpFollow() {
    var button = document.getElementById("follow");
    if (!button || !body.dataset.post) return;
    button.hidden = false;
    showFollow(button, Boolean(followed()[body.dataset.post]));
    button.addEventListener("click", function () {
      var list = followed();
      var on = !list[body.dataset.post];
      if (on) list[body.dataset.post] = body.dataset.label; else delete list[body.dataset.post];
      remember(list);
      showFollow(button, on);
      if (on && window.Notification && window.Notification.permission === "default") {
        window.Notification.requestPermission();
      }
    });
  }
  function checkFollowed() {
    return fetch(body.dataset.followUrl, { cache: "no-cache", credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (post) {
        if (!post) return;
        var label = (post.newsroom && post.newsroom.label) || post.label;
        var before = body.dataset.label;
        body.dataset.label = label;
        var list = followed();
        if (label === before || !list[body.dataset.post]) return;
        list[body.dataset.post] = label;
        remember(list);
        var button = document.getElementById("follow");
        var names = JSON.parse(button.dataset.labels);
        var text = button.dataset.changed.replace("{before}", names[before] || before).replace("{after}", names[label] || label);
        document.getElementById("follow-status").textContent = text;
        if (window.Notification && window.Notification.permission === "granted") {
          new window.Notification(text, { body: (post.text || "").slice(0, 200), tag: "post-" + body.dataset.post });
        }
      });
  }

  setUpFollow();
  document.querySelectorAll("table[data-sortable]").forEach(sortable);
  filters();
  if (body.dataset.figuresUrl && body.dataset.plotlyUrl) drawWhenSeen();
  else if (body.dataset.figuresUrl) drawFigures();
  if (body.dataset.eventsUrl) listen();
  else if (body.dataset.versionUrl) startPolling();
})();
