/**
 * Debian's Chromium and the flags the project runs it with (no sandbox, no network of its own, no
 * downloads): the browser tests and the web measuring scripts (scripts/measure-web.ts,
 * lighthouse.ts, profile-web.ts) all start it from here.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
