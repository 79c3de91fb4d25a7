import { buildWebIfNeeded } from "../src/build-web.js";

// Kept for scripts that build without starting; `npm start` builds inside src/main.ts, so its
// banner appears only once the build is done and the server listens.
await buildWebIfNeeded();
