import "./app/mantine-first.css";
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import { startI18n } from "./i18n/index.js";

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

const root = document.getElementById("root");
// Render once the chosen language is loaded: never a flash of keys or of the other language.
// Until then index.html's own loader shows.
if (root) {
  void startI18n().then(() =>
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    ),
  );
}
