import type { Pool, Shot } from "./load.js";
import { isSpent, type Route } from "./routes.js";

/** Requests per 100 on a planning deadline day, in the order of appRoutes: mostly teachers saving. */
const WEIGHTS = [20, 20, 35, 8, 6, 6, 1, 2, 1, 1];

/**
 * All routes at once in the deadline-day proportions. Each request picks a route by weight and
 * that route's next user; a plan already submitted or decided in this run is skipped.
 */
export function mixRoute(routes: Route[]): Route {
  const cursors = routes.map(() => 0);
  const tickets = routes.flatMap((_, i) => Array<number>(WEIGHTS[i] ?? 0).fill(i));
  const next = (i: number): unknown => {
    const { users } = (routes[i] as Route).pool as unknown as Pool<object>;
    for (let n = 0; n < users.length; n++) {
      const at = ((cursors[i] ?? 0) + 1) % users.length;
      cursors[i] = at;
      const u = users[at] as object;
      if (!isSpent(u)) return u;
    }
    return undefined;
  };
  const shot = (): Shot => {
    for (;;) {
      const i = tickets[Math.floor(Math.random() * tickets.length)] as number;
      const user = next(i);
      if (user === undefined) continue;
      const s = (routes[i] as Route).pool.shot(user as never);
      // The mix keeps its connections: what a route's `done` says only updates that route's users.
      return {
        ...s,
        done: (status, body) => {
          s.done?.(status, body);
          return true;
        },
      };
    }
  };
  const slots = Array.from({ length: 1000 }, (_, i) => i);
  return {
    name: "deadline-day mix (weights in bench/load/mix.ts)",
    pool: { users: slots, shot } as unknown as Pool<never>,
  };
}
