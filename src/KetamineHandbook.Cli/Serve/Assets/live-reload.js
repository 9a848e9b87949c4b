// Live reload for `handbook serve` (preview only; never part of the built site).
// The server sends one 'build' event per rebuild. A page reloads only if the build concerns it:
// its own file changed, a stylesheet or script changed, or the error state changed.
(() => {
  "use strict";
  const me = document.currentScript;
  const generation = Number(me.dataset.generation);
  const path = me.dataset.path;
  const failed = me.dataset.failed === "true";
  const scrollKey = "handbook-preview-scroll:" + location.pathname;

  // Keep the reader's place across reloads.
  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    window.scrollTo(0, Number(saved));
  }

  const reload = () => {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    location.reload();
  };

  const concernsThisPage = (build) =>
    build.failed || failed ||
    build.changed.includes(path) ||
    build.changed.some((p) => !p.endsWith(".html"));

  const events = new EventSource("/__handbook/events");
  events.addEventListener("hello", (e) => {
    // A build finished between this page loading and the stream opening (or the server restarted).
    if (JSON.parse(e.data).generation !== generation) reload();
  });
  events.addEventListener("build", (e) => {
    const build = JSON.parse(e.data);
    if (build.generation !== generation && concernsThisPage(build)) reload();
  });

  const panel = document.getElementById("handbook-preview-errors");
  const hide = panel && panel.querySelector("[data-handbook-hide]");
  if (hide) hide.addEventListener("click", () => panel.remove());
})();
