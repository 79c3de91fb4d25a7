import { fileURLToPath } from "node:url";
import { constants as zlibConstants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { VitePWA } from "vite-plugin-pwa";
import { firstScreens, preloadFirstScreens } from "./vite.chunks.js";

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * recharts and the packages only it uses: their own "charts" file, fetched with the dashboard page
 * alone (tests/e2e/first-load.e2e.ts checks the first download never holds it).
 */
const CHART_PACKAGES = [
  "recharts",
  "victory-vendor",
  "d3-[a-z-]+",
  "internmap",
  "@reduxjs",
  "redux",
  "redux-thunk",
  "react-redux",
  "immer",
  "reselect",
  "decimal\\.js-light",
  "es-toolkit",
  "eventemitter3",
  "tiny-invariant",
  "use-sync-external-store",
  "react-is",
].join("|");

/**
 * The installable app (issue 11 §4): a web manifest and a service worker (workbox, generated at
 * build time) that keeps the app's files on the phone, so a reload without signal still opens it.
 * - Precached: index.html, the icons and every hashed file a form needs; not the pages no form is on
 *   (charts, dashboard, results, admin), which are kept once fetched (`/assets/` cache-first, a hashed
 *   name never changes content).
 * - A page load (navigation) gets the precached index.html; `/api` is never answered by the worker
 *   (no route matches it, the browser goes to the network): a form's data comes from the server, or
 *   from the device copy the app itself keeps (src/web/offline/).
 * - A new build's worker takes over at once (skipWaiting); the next page load uses the new files.
 * Registered by the signed-in frame only (src/web/offline/register.ts): the sign-in page stays light.
 */
const pwa = VitePWA({
  strategies: "generateSW",
  injectRegister: false,
  registerType: "autoUpdate",
  // The icons are precached by the glob below, once.
  includeManifestIcons: false,
  manifest: {
    name: "Kinerja — Pengelolaan Kinerja",
    short_name: "Kinerja",
    description: "Pengelolaan Kinerja guru, kepala sekolah dan pengawas sekolah",
    lang: "id",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#0ca678",
    background_color: "#ffffff",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  },
  workbox: {
    mode: "production",
    inlineWorkboxRuntime: true,
    globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
    globIgnores: ["**/charts-*", "**/DashboardPage-*", "**/ResultsPage-*", "**/AdminRoutes-*"],
    navigateFallback: "/index.html",
    // Every server route is under /api; one a browser navigates to elsewhere would have to be listed here.
    navigateFallbackDenylist: [/^\/api\//],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/assets/"),
        handler: "CacheFirst",
        options: {
          cacheName: "kinerja-assets",
          expiration: { maxEntries: 60 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
});

/**
 * index.html as built: the entry's stylesheet moves to the end of <body>, after the boot loader.
 * A stylesheet in <head> holds back the first paint until it has downloaded; below the loader it
 * holds back only what follows it, so the loader paints as soon as the HTML arrives, and the
 * scripts (deferred: they wait for the stylesheets before them) still render the app styled.
 */
const stylesheetAfterLoader: Plugin = {
  name: "kinerja:stylesheet-after-loader",
  transformIndexHtml: {
    order: "post",
    handler(html) {
      const links = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
      let out = html;
      for (const link of links) out = out.replace(link, "");
      return out.replace("</body>", `  ${links.join("\n    ")}\n  </body>`);
    },
  },
};

/** What main.tsx imports once the loader has painted: the app (its own files, not main.tsx's). */
const START = fromRoot("./src/web/app/start.tsx");
const SHELL = fromRoot("./src/web/app/ShellPages.ts");
const screens = firstScreens({
  entry: START,
  shell: SHELL,
  // A KS's home page fetches this card on its own (MyCyclesPage), without all of Mantine's styles.
  alsoStyled: [fromRoot("./src/web/survey/MySurveysCard.tsx")],
  styles: fromRoot("./src/web/app/mantine-first.css"),
});
const MANTINE = /node_modules[\\/]@mantine[\\/]/;
/** The files of the sign-in and home pages (the groups below). */
const FIRST_FILES = ["react", "vendor", "mantine", "app", "ShellPages"];

// The web UI lives in src/web; Fastify serves the build from dist/web (SPA fallback server-side).
export default defineConfig({
  root: fromRoot("./src/web"),
  plugins: [
    react(),
    pwa,
    stylesheetAfterLoader,
    screens.plugin,
    preloadFirstScreens({ start: START, shell: SHELL, hintKey: "kinerja_signed_in" }),
    // Brotli and gzip files next to each asset and index.html, made once at build time at the
    // highest levels; @fastify/static serves them (preCompressed) with Content-Encoding.
    compression({
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
      include: /\.(js|css|html|svg|json|txt|webmanifest)$/,
      threshold: 512,
    }),
  ],
  build: {
    outDir: fromRoot("./dist/web"),
    emptyOutDir: true,
    // A cheap phone on a slow connection: keep an eye on what we ship. The largest chunk is "charts"
    // (recharts, ~430 kB minified, ~120 kB gzip), fetched only by the dashboard and results pages;
    // the first load is held to its budget by scripts/measure-web.ts and tests/e2e/first-load.e2e.ts.
    chunkSizeWarningLimit: 450,
    rolldownOptions: {
      output: {
        // Chrome (136+) compiles every function after this line while the file downloads, on another
        // thread; otherwise each function is compiled on the main thread when first called, which was
        // a third of the first load's main-thread time. Only in the first screens' files, where most
        // functions run at once. (In two of them Vite's list of lazy imports comes first: one function.)
        postBanner: (chunk) => (FIRST_FILES.includes(chunk.name) ? "//# allFunctionsCalledOnLoad\n" : ""),
        // Besides main.tsx's small file, the first load is four files: React, the other libraries
        // ("vendor"), the Mantine components it uses ("mantine"; libraries change less often than our
        // code, so these stay cached across releases) and our code ("app"). The frame and the home pages
        // are one more ("ShellPages"). Anything else is split as Rolldown sees fit and loads with the
        // pages that use it.
        codeSplitting: {
          groups: [
            // Vite's lazy-import helper, which main.tsx and the app share: not in the app's file, which
            // main.tsx would then import (and run) before the first paint.
            { name: "vite", test: (id: string) => id.startsWith("\0vite/") },
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: "vendor",
              test: (id: string) => screens.inEntry(id) && id.includes("node_modules") && !MANTINE.test(id),
            },
            // After "vendor": a group also takes its modules' dependencies, and the ones recharts shares
            // with the first load (clsx, use-sync-external-store) must stay in "vendor".
            { name: "charts", test: new RegExp(`node_modules[\\\\/](?:${CHART_PACKAGES})[\\\\/]`) },
            { name: "mantine", test: (id: string) => screens.inEntry(id) && MANTINE.test(id) },
            { name: "app", test: screens.inEntry },
            { name: "ShellPages", test: screens.inShell },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
});
