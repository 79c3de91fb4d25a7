import type { InjectOptions } from "fastify";
import { addDays } from "../../src/domain/cycles/phase.js";
import { emptyPlanContent } from "../../src/domain/planning/content.js";
import type { PlanAction, PlanRole } from "../../src/domain/planning/state.js";
import { testToday } from "./clock.js";
import { multipart, pdfBytes } from "./factories-planning.js";
import { type Actor, type Location, type MatrixWorld, PERSON_TARGETS, type Target } from "./matrix-world.js";

/**
 * The expected answer of every route for every role and location, written from DOMAIN.md §1 and
 * the Trust issue's rules, independently of the policy code it checks. `allow` says who may; the
 * test asserts everybody else gets 403 (401 signed out) and that a refusal writes nothing.
 */
export type Entry = {
  /** Locations the resource can be at; null when the route acts on the caller's own things only. */
  at: readonly Location[] | null;
  allow: (role: Actor, at: Location | null) => boolean;
  /** The request, or null when the role has no such resource (e.g. an admin has no own plan). */
  request: (w: MatrixWorld, role: Actor, at: Location | null) => InjectOptions | Promise<InjectOptions> | null;
  /** Public routes answer signed-out callers too. */
  public?: true;
  /** The route ends sessions or changes passwords: every actor signs in again afterwards. */
  restore?: true;
  /** A plan action: tried with the target plan in every status, against the state machine. */
  planAction?: PlanAction;
};

/** The actor's roles on the plan at a location, as DOMAIN.md §1 says (the state machine's input). */
export function planRolesAt(role: Actor, loc: Location | null): PlanRole[] {
  const roles: PlanRole[] = [];
  if (loc === "own") roles.push("owner");
  if (superiorOf(role, loc)) roles.push("superior");
  if (adminOf(role, loc)) roles.push("admin");
  return roles;
}

const ALL: readonly Location[] = ["own", "s1", "s2", "b"];
const OTHERS: readonly Location[] = ["s1", "s2", "b"];
const DISTRICTS: readonly Location[] = ["s1", "b"];
const anyone = () => true;
/** The first practice document of the cycle at `loc`: a pengawas's own practice is not a guru's. */
const firstKind = (role: Actor, loc: Location | null) =>
  role === "pengawas" && loc === "own" ? "diskusi_persiapan" : "persiapan";

/** The resource at a location: the actor's own, the victim guru there, or a named person. */
function at(w: MatrixWorld, role: Actor, loc: Location | null): Target {
  if (loc === "own" || loc === null) return w.actors[role];
  if (loc === "s1" || loc === "s2" || loc === "b") return w.victims[loc];
  if (loc === "dual") return w.dual;
  return w.actors[loc];
}
const districtOf = (w: MatrixWorld, role: Actor, loc: Location | null) => at(w, role, loc).districtId;
const schoolOf = (w: MatrixWorld, loc: Location | null) =>
  loc === "b" ? w.schools.b : loc === "s2" ? w.schools.s2 : w.schools.s1;
const periodOf = (w: MatrixWorld, loc: Location | null) => (loc === "b" ? w.periods.b : w.periods.a);

/** The district admin of the resource: A's admin for S1, S2 and their own things, B's for B. */
const adminOf = (role: Actor, loc: Location | null) =>
  loc === "b" ? role === "adminB" : loc === "own" ? role === "admin" || role === "adminB" : role === "admin";
/** The atasan today of the victim guru: the KS at S1, the Plt (within dates) at S2, nobody of ours in B. */
const superiorOf = (role: Actor, loc: Location | null) =>
  (loc === "s1" && role === "ks") || (loc === "s2" && role === "pltIn");
/** Staff data of a school: its operator or the district admin. */
const managesSchool = (role: Actor, loc: Location | null) =>
  adminOf(role, loc) || (loc === "s1" && role === "operator");
/**
 * Who may edit a person, reset their account or give them a hat. The operator of S1 only people
 * whose every hat is a plain teacher/operator hat at S1 (a Plt term that ended no longer counts);
 * principals, Plt, pengawas, Tim Kinerja, admins and the Kepala Dinas only their district admin;
 * a person with hats in both districts nobody.
 */
const MANAGED_BY: Record<Exclude<Location, "own">, readonly Actor[]> = {
  guru: ["operator", "admin"],
  ks: ["admin"],
  pltIn: ["admin"],
  pltOut: ["operator", "admin"],
  pengawas: ["admin"],
  tim: ["admin"],
  operator: ["operator", "admin"],
  admin: ["admin"],
  kadin: ["admin"],
  adminB: ["adminB"],
  s1: ["operator", "admin"],
  s2: ["admin"],
  b: ["adminB"],
  dual: [],
};
const managesPerson = (role: Actor, loc: Location | null) =>
  loc !== null && MANAGED_BY[loc === "own" ? role : loc].includes(role);
/** Ending a hat (each person's first one): its district's admin; the operator only a teacher hat of someone they manage. */
const ENDED_BY: Record<Exclude<Location, "own">, readonly Actor[]> = {
  ...MANAGED_BY,
  operator: ["admin"],
  // Dual's first hat is in district B: B's admin may end it; nothing about district A changes.
  dual: ["adminB"],
};
const PEOPLE = PERSON_TARGETS;
/** A period's results and exports: the district's admin or its Kepala Dinas (`kadin` heads district A). */
const leadsDistrict = (role: Actor, loc: Location | null) => adminOf(role, loc) || (loc === "s1" && role === "kadin");
const planOpens = (role: Actor, loc: Location | null) => loc === "own" || superiorOf(role, loc) || adminOf(role, loc);
const PEGAWAI: readonly Actor[] = ["guru", "ks", "pltIn", "pltOut", "pengawas"];

const get = (url: string): InjectOptions => ({ method: "GET", url });
const send = (method: "POST" | "PATCH" | "PUT", url: string, payload?: object): InjectOptions =>
  payload === undefined ? { method, url } : { method, url, payload };
const upload = async (url: string, content: string | Buffer, name: string, type: string): Promise<InjectOptions> => ({
  method: "POST",
  url,
  ...(await multipart(content, name, type)),
});
const planId = (w: MatrixWorld, role: Actor, loc: Location | null) => at(w, role, loc).planId;
const onPlan =
  (path: string, method: "POST" | "PUT" = "POST", body?: object) =>
  (w: MatrixWorld, role: Actor, loc: Location | null) => {
    const id = planId(w, role, loc);
    return id ? send(method, `/api/plans/${id}${path}`, body) : null;
  };

let unique = 0;
const next = () => ++unique;
const today = () => testToday();
const windows = () => ({
  startsOn: "2090-01-01",
  endsOn: "2090-12-31",
  planningOpensOn: "2090-01-01",
  planningClosesOn: "2090-01-31",
  executionOpensOn: "2090-02-01",
  executionClosesOn: "2090-11-15",
  assessmentOpensOn: "2090-11-16",
  assessmentClosesOn: "2090-12-31",
});

export const MATRIX: Record<string, Entry> = {
  "GET /api/health": { at: null, allow: anyone, public: true, request: () => get("/api/health") },
  "POST /api/auth/login": {
    at: null,
    allow: anyone,
    public: true,
    request: (w) => send("POST", "/api/auth/login", { username: w.actors.guru.username, password: "rahasia-uji-123" }),
  },
  "POST /api/auth/logout": { at: null, allow: anyone, restore: true, request: () => send("POST", "/api/auth/logout") },
  "POST /api/auth/password": {
    at: null,
    allow: anyone,
    restore: true,
    request: () =>
      send("POST", "/api/auth/password", { currentPassword: "rahasia-uji-123", newPassword: "kata-sandi-baru-9" }),
  },
  "GET /api/auth/sessions": { at: null, allow: anyone, request: () => get("/api/auth/sessions") },
  // Sign-in with belajar.id: public (the matrix app has no provider, so they send people back to /masuk).
  "GET /api/auth/sso": { at: null, allow: anyone, public: true, request: () => get("/api/auth/sso") },
  "GET /api/auth/oidc/start": { at: null, allow: anyone, public: true, request: () => get("/api/auth/oidc/start") },
  "GET /api/auth/oidc/callback": {
    at: null,
    allow: anyone,
    public: true,
    request: () => get("/api/auth/oidc/callback?code=x&state=y"),
  },
  "POST /api/auth/sessions/revoke-others": {
    at: null,
    allow: anyone,
    request: () => send("POST", "/api/auth/sessions/revoke-others"),
  },
  "GET /api/me": { at: null, allow: anyone, request: () => get("/api/me") },
  "GET /api/admin/districts": { at: null, allow: anyone, request: () => get("/api/admin/districts") },
  "PATCH /api/admin/districts/:id": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) =>
      send("PATCH", `/api/admin/districts/${districtOf(w, role, loc)}`, { timeZone: "Asia/Jakarta" }),
  },
  "GET /api/admin/schools": { at: null, allow: anyone, request: () => get("/api/admin/schools") },
  "POST /api/admin/districts/:id/schools": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) =>
      send("POST", `/api/admin/districts/${districtOf(w, role, loc)}/schools`, {
        npsn: String(70000000 + next()),
        name: "Sekolah Matriks",
        level: "SD",
      }),
  },
  "GET /api/admin/schools/:id": {
    at: OTHERS,
    allow: managesSchool,
    request: (w, _r, loc) => get(`/api/admin/schools/${schoolOf(w, loc)}`),
  },
  "PATCH /api/admin/schools/:id": {
    at: OTHERS,
    allow: managesSchool,
    request: (w, _r, loc) =>
      send("PATCH", `/api/admin/schools/${schoolOf(w, loc)}`, { address: `Jl. Matriks ${next()}` }),
  },
  "GET /api/admin/districts/:id/people": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) => get(`/api/admin/districts/${districtOf(w, role, loc)}/people`),
  },
  "POST /api/admin/schools/:id/people": {
    at: OTHERS,
    allow: managesSchool,
    request: (w, _r, loc) =>
      send("POST", `/api/admin/schools/${schoolOf(w, loc)}/people`, {
        name: `Guru Matriks ${next()}`,
        employmentStatus: "PPPK",
        startsOn: today(),
      }),
  },
  "PATCH /api/admin/people/:id": {
    at: PEOPLE,
    allow: managesPerson,
    request: (w, role, loc) =>
      send("PATCH", `/api/admin/people/${at(w, role, loc).personId}`, { rank: `Penata ${next()}` }),
  },
  "POST /api/admin/people/:id/account": {
    at: PEOPLE,
    allow: managesPerson,
    restore: true,
    request: (w, role, loc) => send("POST", `/api/admin/people/${at(w, role, loc).personId}/account`),
  },
  "GET /api/admin/districts/:id/assignments": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) => get(`/api/admin/districts/${districtOf(w, role, loc)}/assignments`),
  },
  "POST /api/admin/assignments": {
    at: PEOPLE,
    allow: managesPerson,
    // A teacher hat at the person's own school, starting far ahead so nobody's hats change today.
    request: (w, role, loc) => {
      const t = at(w, role, loc);
      return send("POST", "/api/admin/assignments", {
        personId: t.personId,
        kind: "teacher",
        districtId: t.districtId,
        schoolId: t.schoolId,
        startsOn: "2099-01-01",
      });
    },
  },
  "PATCH /api/admin/assignments/:id": {
    at: PEOPLE,
    allow: (role, loc) => loc !== null && loc !== "own" && ENDED_BY[loc].includes(role),
    request: (w, role, loc) => send("PATCH", `/api/admin/assignments/${at(w, role, loc).hatId}`, { endsOn: null }),
  },
  "GET /api/rule-set-templates": { at: null, allow: anyone, request: () => get("/api/rule-set-templates") },
  "GET /api/admin/districts/:id/periods": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) => get(`/api/admin/districts/${districtOf(w, role, loc)}/periods`),
  },
  "POST /api/admin/districts/:id/periods": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) =>
      send("POST", `/api/admin/districts/${districtOf(w, role, loc)}/periods`, {
        ...windows(),
        name: `Periode Matriks ${next()}`,
        templateCode: "2025-annual",
      }),
  },
  "GET /api/admin/periods/:id": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, _r, loc) => get(`/api/admin/periods/${periodOf(w, loc)}`),
  },
  "GET /api/admin/periods/:id/cycles": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, _r, loc) => get(`/api/admin/periods/${periodOf(w, loc)}/cycles?q=a&limit=5`),
  },
  "PATCH /api/admin/periods/:id/windows": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, _r, loc) =>
      send("PATCH", `/api/admin/periods/${periodOf(w, loc)}/windows`, {
        planningClosesOn: addDays(today(), 12),
        acceptOverlap: true,
      }),
  },
  // A period's results (issue 10 §2): read, exported and finalised by the district's admin or Kepala
  // Dinas; the organisation predikat set by its admin only. Nobody of another district.
  "GET /api/districts/:id/results/periods": {
    at: DISTRICTS,
    allow: leadsDistrict,
    request: (w, role, loc) => get(`/api/districts/${districtOf(w, role, loc)}/results/periods`),
  },
  "GET /api/periods/:id/results": {
    at: DISTRICTS,
    allow: leadsDistrict,
    request: (w, _r, loc) => get(`/api/periods/${periodOf(w, loc)}/results`),
  },
  "PUT /api/periods/:id/organisation-predikat": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, _r, loc) =>
      send("PUT", `/api/periods/${periodOf(w, loc)}/organisation-predikat`, { organisationPredikat: "istimewa" }),
  },
  "POST /api/periods/:id/finalise": {
    at: DISTRICTS,
    allow: leadsDistrict,
    request: (w, _r, loc) => send("POST", `/api/periods/${periodOf(w, loc)}/finalise`, {}),
  },
  "GET /api/periods/:id/exports/ekinerja.csv": {
    at: DISTRICTS,
    allow: leadsDistrict,
    request: (w, _r, loc) => get(`/api/periods/${periodOf(w, loc)}/exports/ekinerja.csv`),
  },
  "GET /api/periods/:id/exports/ekinerja.json": {
    at: DISTRICTS,
    allow: leadsDistrict,
    request: (w, _r, loc) => get(`/api/periods/${periodOf(w, loc)}/exports/ekinerja.json`),
  },
  "GET /api/periods/:id/exports/report.xlsx": {
    at: DISTRICTS,
    allow: leadsDistrict,
    request: (w, _r, loc) => get(`/api/periods/${periodOf(w, loc)}/exports/report.xlsx`),
  },
  "POST /api/admin/districts/:id/import": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) =>
      upload(
        `/api/admin/districts/${districtOf(w, role, loc)}/import?dryRun=true`,
        "npsn,nama\n",
        "staf.csv",
        "text/csv",
      ),
  },
  // Tim Kinerja naming: the district's admin only. A: the member `tim` for the KS; B has no member,
  // so B's admin sends a pair the rule refuses (400), which is still past the policy.
  "GET /api/admin/districts/:id/tim-kinerja/members": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) => get(`/api/admin/districts/${districtOf(w, role, loc)}/tim-kinerja/members`),
  },
  "GET /api/admin/districts/:id/tim-kinerja/subjects": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) => get(`/api/admin/districts/${districtOf(w, role, loc)}/tim-kinerja/subjects?filter=none`),
  },
  "POST /api/admin/districts/:id/tim-kinerja/links": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) =>
      loc === "b"
        ? send("POST", `/api/admin/districts/${w.districtB}/tim-kinerja/links`, {
            memberId: w.victims.b.personId,
            subjectIds: [w.victims.b.personId],
          })
        : send("POST", `/api/admin/districts/${districtOf(w, role, loc)}/tim-kinerja/links`, {
            memberId: w.actors.tim.personId,
            subjectIds: [w.actors.ks.personId],
          }),
  },
  "POST /api/admin/districts/:id/tim-kinerja/links/remove": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) =>
      send("POST", `/api/admin/districts/${districtOf(w, role, loc)}/tim-kinerja/links/remove`, {
        memberId: w.actors.tim.personId,
        subjectId: w.actors.pengawas.personId,
      }),
  },
  "POST /api/admin/districts/:id/tim-kinerja/import": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) =>
      upload(
        `/api/admin/districts/${districtOf(w, role, loc)}/tim-kinerja/import?dryRun=true`,
        "nip_anggota,nip_subjek\n",
        "tim.csv",
        "text/csv",
      ),
  },
  "GET /api/cycles/:id/plan": {
    at: ALL,
    allow: planOpens,
    request: (w, role, loc) => {
      const id = at(w, role, loc).cycleId;
      return id ? get(`/api/cycles/${id}/plan`) : null;
    },
  },
  // Practice documents: the same people as the plan; what each may then do is the document's
  // roles × its definition (a locked stage is a 409, after authorization).
  "GET /api/cycles/:cycleId/practice": {
    at: ALL,
    allow: planOpens,
    request: (w, role, loc) => {
      const id = at(w, role, loc).cycleId;
      return id ? get(`/api/cycles/${id}/practice`) : null;
    },
  },
  // The printed SKP and plan: the same people as the plan (the locations' cycles are gurus', whose
  // atasan decides; a Tim Kinerja member's refusal is in practice-pengawas.test.ts). Nothing is
  // rated or agreed yet, so an allowed caller gets a 409, after authorization.
  "GET /api/cycles/:cycleId/skp.pdf": {
    at: ALL,
    allow: planOpens,
    request: (w, role, loc) => {
      const id = at(w, role, loc).cycleId;
      return id ? get(`/api/cycles/${id}/skp.pdf`) : null;
    },
  },
  "GET /api/cycles/:cycleId/plan.pdf": {
    at: ALL,
    allow: planOpens,
    request: (w, role, loc) => {
      const id = at(w, role, loc).cycleId;
      return id ? get(`/api/cycles/${id}/plan.pdf`) : null;
    },
  },
  "PUT /api/cycles/:cycleId/documents/:kind": {
    at: ALL,
    allow: planOpens,
    request: (w, role, loc) => {
      const id = at(w, role, loc).cycleId;
      return id
        ? {
            method: "PUT",
            url: `/api/cycles/${id}/documents/${firstKind(role, loc)}`,
            payload: { version: 0, content: {} },
          }
        : null;
    },
  },
  "POST /api/cycles/:cycleId/documents/:kind/actions/:action": {
    at: ALL,
    allow: planOpens,
    request: (w, role, loc) => {
      const id = at(w, role, loc).cycleId;
      return id
        ? {
            method: "POST",
            url: `/api/cycles/${id}/documents/${firstKind(role, loc)}/actions/submit`,
            payload: { version: 0 },
          }
        : null;
    },
  },
  // Only the owner asks to reopen; everyone else who may see the document is refused by its definition.
  "POST /api/cycles/:cycleId/documents/:kind/reopen-requests": {
    at: ALL,
    allow: (_r, loc) => loc === "own",
    request: (w, role, loc) => {
      const id = at(w, role, loc).cycleId;
      return id
        ? send(
            "POST",
            `/api/cycles/${id}/documents/${role === "pengawas" && loc === "own" ? "diskusi_persiapan" : "tindak_lanjut"}/reopen-requests`,
            {
              reason: "Jadwal belajar saya berubah.",
            },
          )
        : null;
    },
  },
  "PUT /api/plans/:id": {
    planAction: "save",
    at: ALL,
    allow: (_r, loc) => loc === "own",
    request: onPlan("", "PUT", { version: 1, content: emptyPlanContent() }),
  },
  "POST /api/plans/:id/submit": {
    planAction: "submit",
    at: ALL,
    allow: (_r, loc) => loc === "own",
    request: onPlan("/submit", "POST", { version: 1 }),
  },
  "POST /api/plans/:id/approve": { planAction: "approve", at: ALL, allow: superiorOf, request: onPlan("/approve") },
  "POST /api/plans/:id/return": {
    planAction: "return",
    at: ALL,
    allow: superiorOf,
    request: onPlan("/return", "POST", { note: "Perbaiki target perilaku." }),
  },
  "POST /api/plans/:id/agree": {
    planAction: "agree",
    at: ALL,
    allow: (_r, loc) => loc === "own",
    request: onPlan("/agree"),
  },
  "POST /api/plans/:id/reopen-requests": {
    planAction: "requestReopen",
    at: ALL,
    allow: (_r, loc) => loc === "own",
    request: onPlan("/reopen-requests", "POST", { reason: "Saya salah memilih indikator." }),
  },
  "POST /api/reopen-requests/:id/decision": {
    at: OTHERS,
    allow: (role, loc) => superiorOf(role, loc) || adminOf(role, loc),
    request: (w, _r, loc) =>
      send("POST", `/api/reopen-requests/${w.victims[loc as "s1"].reopenId}/decision`, {
        approve: false,
        note: "Indikator sudah sesuai rapor.",
      }),
  },
  "GET /api/plans/:id/history": {
    at: ALL,
    allow: planOpens,
    request: (w, role, loc) => {
      const id = planId(w, role, loc);
      return id ? get(`/api/plans/${id}/history`) : null;
    },
  },
  "GET /api/planning/queue": { at: null, allow: anyone, request: () => get("/api/planning/queue") },
  // Everyone sees the observations of the people they assess today: the list is their own scope.
  "GET /api/practice/observations": { at: null, allow: anyone, request: () => get("/api/practice/observations") },
  // A pengawas's survey: the list is everyone's own (empty but for a KS); one survey only for the KS
  // of the school it was sent to (S1), never another school's KS, the pengawas or the admin.
  "GET /api/surveys": { at: null, allow: anyone, request: () => get("/api/surveys") },
  "GET /api/surveys/:id": {
    at: null,
    allow: (role) => role === "ks",
    request: (w) => get(`/api/surveys/${w.surveyId}`),
  },
  "PUT /api/surveys/:id/answers": {
    at: null,
    allow: (role) => role === "ks",
    request: (w) => ({ method: "PUT", url: `/api/surveys/${w.surveyId}/answers`, payload: { answers: {} } }),
  },
  // One's own calendar feed: anyone signed in (it lists only whom they assess today).
  "GET /api/practice/calendar-feed": { at: null, allow: anyone, request: () => get("/api/practice/calendar-feed") },
  "POST /api/practice/calendar-feed": {
    at: null,
    allow: anyone,
    request: () => send("POST", "/api/practice/calendar-feed"),
  },
  "DELETE /api/practice/calendar-feed": {
    at: null,
    allow: anyone,
    request: () => ({ method: "DELETE", url: "/api/practice/calendar-feed" }),
  },
  // The feed itself: the token is the credential (like a shared calendar's secret address).
  "GET /api/feeds/:token/observasi.ics": {
    at: null,
    allow: anyone,
    public: true,
    request: (w) => get(`/api/feeds/${w.feedToken}/observasi.ics`),
  },
  "GET /api/practice/observations.ics": {
    at: null,
    allow: anyone,
    request: () => get("/api/practice/observations.ics"),
  },
  "GET /api/admin/districts/:id/reopen-requests": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) => get(`/api/admin/districts/${districtOf(w, role, loc)}/reopen-requests`),
  },
  "GET /api/catalogue": { at: null, allow: anyone, request: () => get("/api/catalogue") },
  "GET /api/rule-sets/:id": { at: null, allow: anyone, request: (w) => get(`/api/rule-sets/${w.ruleSetId}`) },
  "POST /api/files": {
    at: null,
    allow: anyone,
    request: () => upload("/api/files?kind=evidence", pdfBytes(), "bukti.pdf", "application/pdf"),
  },
  "GET /api/files/:id": {
    at: ALL,
    allow: planOpens,
    request: (w, role, loc) => get(`/api/files/${at(w, role, loc).fileId}`),
  },
  "POST /api/me/profile-corrections": {
    at: null,
    allow: (role) => PEGAWAI.includes(role),
    request: () => send("POST", "/api/me/profile-corrections", { note: "NIP saya salah satu digit." }),
  },
  "GET /api/me/profile-corrections": { at: null, allow: anyone, request: () => get("/api/me/profile-corrections") },
  "GET /api/admin/profile-corrections": {
    at: null,
    allow: (role) => role === "admin" || role === "adminB" || role === "operator",
    request: () => get("/api/admin/profile-corrections"),
  },
  "PATCH /api/admin/profile-corrections/:id": {
    at: OTHERS,
    allow: managesSchool,
    request: (w, _r, loc) =>
      send("PATCH", `/api/admin/profile-corrections/${w.victims[loc as "s1"].correctionId}`, {
        resolutionNote: "Sudah diperbaiki.",
      }),
  },
  "POST /api/admin/schools/:id/rapor": {
    at: OTHERS,
    allow: managesSchool,
    request: (w, _r, loc) =>
      upload(`/api/admin/schools/${schoolOf(w, loc)}/rapor`, "npsn,indikator\n", "rapor.csv", "text/csv"),
  },
  // Example CSVs: harmless, any signed-in person.
  "GET /api/examples/:name": { at: null, allow: anyone, request: () => get("/api/examples/rapor-pendidikan.csv") },
  "POST /api/admin/districts/:id/rapor": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) =>
      upload(`/api/admin/districts/${districtOf(w, role, loc)}/rapor`, "npsn,indikator\n", "rapor.csv", "text/csv"),
  },
  "GET /api/schools/:id/rapor": {
    at: OTHERS,
    // Anyone with a hat at the school today, or the district admin.
    allow: (role, loc) =>
      adminOf(role, loc) ||
      (loc === "s1" && ["guru", "ks", "pltOut", "pengawas", "operator"].includes(role)) ||
      (loc === "s2" && role === "pltIn"),
    request: (w, _r, loc) => get(`/api/schools/${schoolOf(w, loc)}/rapor`),
  },
  "GET /api/notifications": { at: null, allow: anyone, request: () => get("/api/notifications") },
  "POST /api/notifications/read": {
    at: null,
    allow: anyone,
    request: () => send("POST", "/api/notifications/read", {}),
  },
  // E-mail (issue 11 §1): each person's own settings; the reminders sent, the district admin's record.
  "GET /api/me/email-settings": { at: null, allow: anyone, request: () => get("/api/me/email-settings") },
  "PUT /api/me/email-settings": {
    at: null,
    allow: anyone,
    request: () =>
      send("PUT", "/api/me/email-settings", { language: "id", modes: [{ kind: "plan_agreed", mode: "none" }] }),
  },
  "GET /api/admin/districts/:id/reminders": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, role, loc) => get(`/api/admin/districts/${districtOf(w, role, loc)}/reminders?q=a&limit=5`),
  },
  "POST /api/admin/periods/:id/extensions": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, _r, loc) =>
      send("POST", `/api/admin/periods/${periodOf(w, loc)}/extensions`, {
        phase: "perencanaan",
        scope: "school",
        schoolId: schoolOf(w, loc),
        closesOn: addDays(today(), 20),
        reason: "Data sekolah terlambat.",
        acceptOverlap: true,
      }),
  },
  // Dashboards. A school's: its KS or Plt today (a Plt whose term ended is refused like anyone else);
  // which teachers it then counts is `assessorRoleOn`'s (tests/server/dashboard-school.test.ts).
  "GET /api/dashboard/school": {
    at: OTHERS,
    allow: superiorOf,
    request: (w, _r, loc) => get(`/api/dashboard/school?schoolId=${schoolOf(w, loc)}`),
  },
  // A district's: its admin and its Kepala Dinas; never the Tim Kinerja, a KS or another district's admin.
  "GET /api/dashboard/district": {
    at: DISTRICTS,
    allow: (role, loc) => adminOf(role, loc) || (loc === "s1" && role === "kadin"),
    request: (w, _r, loc) => get(`/api/dashboard/district?periodId=${periodOf(w, loc)}`),
  },
  "GET /api/admin/periods/:id/extensions": {
    at: DISTRICTS,
    allow: adminOf,
    request: (w, _r, loc) => get(`/api/admin/periods/${periodOf(w, loc)}/extensions`),
  },
};
