// The trace report page's script (inlined): shows one trace at a time, chosen by the address's
// fragment (#trace-N, or #<exit id> to show the trace holding that exit), so links, the back
// button and file:// all work; a click on an exit with a side trace shows the side trace.
// What a fragment names carries it in data-anchor, not id, so the browser's own jump to the
// fragment does not fight the script's scrolling.
export const PAGE_SCRIPT = `
(function () {
  "use strict";
  var views = document.querySelectorAll(".trace-view");
  function anchor(name) {
    return name ? document.querySelector('[data-anchor="' + name.replace(/[^\\w-]/g, "") + '"]') : null;
  }
  function show(hash) {
    var target = anchor(hash);
    var view = target ? target.closest(".trace-view") : null;
    if (!view) view = anchor(document.body.getAttribute("data-first"));
    if (!view) return;
    views.forEach(function (v) { v.hidden = v !== view; });
    document.querySelectorAll(".trace-list tr[data-trace]").forEach(function (r) {
      r.classList.toggle("selected", "trace-" + r.getAttribute("data-trace") === view.getAttribute("data-anchor"));
    });
    // its loop header in the source: marked, and scrolled into the side panel's view
    document.querySelectorAll(".src-line.current").forEach(function (l) { l.classList.remove("current"); });
    var line = document.getElementById(view.getAttribute("data-source") || "");
    var panel = document.querySelector(".source-box");
    if (line && panel) {
      line.classList.add("current");
      var details = line.closest("details");
      if (details) details.open = true;
      var top = line.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
      panel.scrollTop = Math.max(0, top - panel.clientHeight / 2);
    }
    document.querySelectorAll(".op.target").forEach(function (o) { o.classList.remove("target"); });
    if (target && target !== view) {
      target.classList.add("target");
      target.scrollIntoView({ block: "center" });
    } else {
      window.scrollTo(0, 0);
    }
  }
  document.addEventListener("click", function (ev) {
    var op = ev.target.closest(".op.has-side");
    if (!op || ev.target.closest("a")) return;
    location.hash = "trace-" + op.getAttribute("data-side");
  });
  window.addEventListener("hashchange", function () { show(location.hash.slice(1)); });
  show(location.hash.slice(1));
})();
`;
