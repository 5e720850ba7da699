// The trace report page's script (inlined): shows one trace at a time, chosen by the address's
// fragment (#trace-N, or #<exit id> to show the trace holding that exit), so links, the back
// button and file:// all work; a click on an exit with a side trace shows the side trace.
export const PAGE_SCRIPT = `
(function () {
  "use strict";
  var views = document.querySelectorAll(".trace-view");
  function show(hash) {
    var target = hash ? document.getElementById(hash) : null;
    var view = target ? target.closest(".trace-view") : null;
    if (!view && views.length > 0) view = document.getElementById(document.body.getAttribute("data-first"));
    if (!view) return;
    views.forEach(function (v) { v.hidden = v !== view; });
    document.querySelectorAll(".trace-list tr[data-trace]").forEach(function (r) {
      r.classList.toggle("selected", "trace-" + r.getAttribute("data-trace") === view.id);
    });
    document.querySelectorAll(".op.target").forEach(function (o) { o.classList.remove("target"); });
    if (target && target !== view) {
      target.classList.add("target");
      target.scrollIntoView({ block: "center" });
    } else if (target) {
      view.scrollIntoView({ block: "start" });
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
