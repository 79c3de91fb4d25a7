import "./app/mantine-first.css";

// A tab left open across a release asks for chunks of the old build, which are gone (404):
// load the new index.html instead of showing a broken page — once per path, so a chunk that
// really fails to load shows the error rather than reloading forever.
window.addEventListener("vite:preloadError", (event) => {
  try {
    const key = `kinerja_reloaded:${location.pathname}`;
    if (sessionStorage.getItem(key)) return;
    sessionStorage.setItem(key, "1");
  } catch {
    return; // No storage: cannot tell a first try from a loop.
  }
  event.preventDefault();
  location.reload();
});

/** After the browser has painted index.html's loader (or 100 ms on: a tab in the background paints no frames). */
function afterPaint(run: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

const root = document.getElementById("root");
// The app's files download meanwhile (index.html preloads them); once the loader is on screen they
// run in steps, each a task of its own a phone can answer a tap between: React DOM, then the app.
if (root) {
  afterPaint(() => {
    void import("react-dom/client").then(() => import("./app/start.js")).then(({ start }) => start(root));
  });
}
