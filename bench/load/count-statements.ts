import pg from "pg";

/**
 * Preloaded into the app under bench (`node --import`): counts the statements the app sends to
 * PostgreSQL (BEGIN/COMMIT included). The bench asks over the IPC channel: "reset", "count".
 * PGlite runs the same code paths; its driver is not wrapped.
 */
let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  count++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

process.on("message", (m) => {
  if (m === "reset") count = 0;
  if (m === "count") process.send?.({ statements: count });
});
