import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { startI18n } from "../i18n/index.js";
import { App } from "./App.js";

/**
 * The app in `root`, once the chosen language is loaded: never a flash of keys or of the other
 * language (until then index.html's own loader shows). The first render is a transition: React
 * renders it in slices a phone can interrupt.
 */
export function start(root: HTMLElement): void {
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
