import { startedPlan } from "../../src/cli/demo-scale/plan-content.js";
import type { PlanContent } from "../../src/domain/planning/content.js";
import type { Pool, Shot } from "./load.js";
import type { PlanUser, Session, Workload } from "./users.js";

export type Route = { name: string; pool: Pool<never> };

const get = (s: Session, path: string): Shot => ({ method: "GET", path, headers: { cookie: s.cookie } });
const write = (s: Session, method: "PUT" | "POST", path: string, body: unknown, done?: Shot["done"]): Shot => ({
  method,
  path,
  headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
  body,
  ...(done ? { done } : {}),
});
const pool = <U>(users: U[], shot: (u: U) => Shot, exclusive = false) =>
  ({ users, shot, exclusive }) as unknown as Pool<never>;

/** Plans submitted or decided during the run: the mix does not act on them again. */
const spent = new WeakSet<object>();
export const isSpent = (u: object) => spent.has(u);
const spend = (u: object) => (status: number) => {
  if (status < 400) spent.add(u);
  return status >= 400;
};

const SEARCH = ["Budi", "Citra Handayani", "scale.t12", "Wulandari Guru 7", "KS", "Operator 3", "Joko"];

/** The deadline-day routes, each over many distinct signed-in users (see docs/performance.md). */
export function appRoutes(w: Workload): Route[] {
  const started = startedPlan();
  // Autosave alternates two drafts so every save changes something.
  const autosave = (u: PlanUser): Shot => {
    const content: PlanContent = u.version % 2 === 0 ? { ...started, lastStep: "kompetensi" } : started;
    return write(u, "PUT", `/api/plans/${u.planId}`, { version: u.version, content }, (status, body) => {
      if (status === 200) u.version = (body as { plan: { version: number } }).plan.version;
      return true;
    });
  };
  const submit = (u: PlanUser): Shot =>
    write(u, "POST", `/api/plans/${u.planId}/submit`, { version: u.version }, spend(u));
  let reviewed = 0;
  const review = (u: Workload["reviews"][number]): Shot =>
    reviewed++ % 3 === 2
      ? write(u, "POST", `/api/plans/${u.planId}/return`, { note: "Mohon lengkapi rencana aksi." }, spend(u))
      : write(u, "POST", `/api/plans/${u.planId}/approve`, undefined, spend(u));
  // The KS types during the lesson: two versions of an observation, alternated.
  const observe = (u: Workload["observers"][number]): Shot => {
    const note = u.version % 2 === 0 ? "Guru memberi umpan balik umum." : "Guru memberi umpan balik spesifik.";
    const content = {
      targets: { [u.targetCode]: { rating: "belum_efektif", evidence: note, recommendation: "", avoidSeen: [] } },
      followUpRating: null,
      followUpNote: "",
    };
    return write(
      u,
      "PUT",
      `/api/cycles/${u.cycleId}/documents/observasi`,
      { version: u.version, content },
      (status, body) => {
        if (status === 200) u.version = (body as { document: { version: number } }).document.version;
        return true;
      },
    );
  };
  let q = 0;
  const admin = `/api/admin/districts/${w.districtId}`;
  return [
    { name: "home GET /api/me", pool: pool(w.drafting, (u) => get(u, "/api/me")) },
    {
      name: "plan view GET /api/cycles/:id/plan",
      pool: pool(w.drafting, (u) => get(u, `/api/cycles/${u.cycleId}/plan`)),
    },
    { name: "autosave PUT /api/plans/:id", pool: pool(w.drafting, autosave, true) },
    { name: "submit POST /api/plans/:id/submit", pool: pool(w.submitting, submit, true) },
    { name: "KS queue GET /api/planning/queue", pool: pool(w.principals, (u) => get(u, "/api/planning/queue")) },
    { name: "review POST approve/return", pool: pool(w.reviews, review, true) },
    { name: "Kadis/Tim queue GET /api/planning/queue", pool: pool(w.dinas, (u) => get(u, "/api/planning/queue")) },
    {
      name: "admin search GET …/people?q=",
      pool: pool(w.admins, (u) => get(u, `${admin}/people?q=${encodeURIComponent(SEARCH[q++ % SEARCH.length] ?? "")}`)),
    },
    { name: "admin GET …/assignments", pool: pool(w.admins, (u) => get(u, `${admin}/assignments`)) },
    {
      name: "admin period GET /api/admin/periods/:id",
      pool: pool(w.admins, (u) => get(u, `/api/admin/periods/${w.periodId}`)),
    },
    {
      name: "admin period cycles GET /api/admin/periods/:id/cycles?q=",
      pool: pool(w.admins, (u) =>
        get(u, `/api/admin/periods/${w.periodId}/cycles?q=${encodeURIComponent(SEARCH[q++ % SEARCH.length] ?? "")}`),
      ),
    },
    // Pelaksanaan, not the planning deadline day: outside the mix (bench/load/mix.ts weighs the first ten).
    {
      name: "observation autosave PUT /api/cycles/:id/documents/observasi",
      pool: pool(w.observers, observe, true),
    },
  ];
}

/** The reference: a session lookup and one indexed SELECT of a school's people, for many users. */
export function referenceRoute(w: Workload): Route {
  let i = 0;
  const users = [...w.drafting, ...w.principals];
  return {
    name: "reference",
    pool: pool(users, (u) => get(u, `/ref/schools/${w.schoolIds[i++ % w.schoolIds.length]}/people`)),
  };
}
