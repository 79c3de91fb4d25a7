import { loadAreaStrings } from "../i18n/index.js";

let styles: Promise<unknown> | null = null;

/** All of Mantine's styles, added once: the first screens come with their own only (mantine-first.css). */
function loadAllStyles(): Promise<unknown> {
  styles ??= import("./all-styles.js");
  // Offline on the first try: the next page visit tries again.
  styles.catch(() => {
    styles = null;
  });
  return styles;
}

/**
 * A page's module with its area's strings and all of Mantine's styles: every page beyond the first
 * screens loads this way, and shows once all three are there (never unstyled, never a raw key).
 */
export function withArea<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadAreaStrings(), loadAllStyles()]).then(([m]) => m);
}
