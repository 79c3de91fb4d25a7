import { fileURLToPath } from "node:url";
import { constants as zlibConstants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The web UI lives in src/web; Fastify serves the build from dist/web (SPA fallback server-side).
export default defineConfig({
  root: fromRoot("./src/web"),
  plugins: [
    react(),
    // Brotli and gzip files next to each asset and index.html, made once at build time at the
    // highest levels; @fastify/static serves them (preCompressed) with Content-Encoding.
    compression({
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
      include: /\.(js|css|html|svg|json|txt)$/,
      threshold: 512,
    }),
  ],
  build: {
    outDir: fromRoot("./dist/web"),
    emptyOutDir: true,
    // A cheap phone on a slow connection: keep an eye on what we ship.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate files stay cached across releases.
        // Mantine stays with the code that uses it, so admin-only components load with the admin pages;
        // so does react-number-format (NumberInput, in planning and admin only).
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: "vendor",
              test: /node_modules[\\/](?!@mantine|@floating-ui|react-remove-scroll|react-textarea-autosize|react-number-format|recharts|victory-vendor|d3-[\w-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|react-is)/,
            },
            // The charts (only the lazy "Hasil penilaian" page draws them) and what only they use: a
            // file of their own, never in the first download. After vendor, which keeps what they
            // share with the first screens (clsx, use-sync-external-store): a group also takes its
            // modules' dependencies.
            {
              name: "charts",
              test: /node_modules[\\/](recharts|victory-vendor|d3-[\w-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|react-is)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
});
