import type { Page } from "playwright-core";
import { type Findings, settled } from "./a11y-walk.js";

// The states inside a page that its URL does not name: each step of the plan's stepper and each
// stage of Praktik Kinerja. A state is told apart by what changes what is drawn (the track, the
// rule set, the status, who reads it and with which pen), asked from the API the page itself uses:
// a state seen once in the run, as any role, is not checked again.

type PlanView = {
  cycle: { track: string };
  ruleSet: { code: string };
  plan: { status: string };
  reopenRequests: { status: string }[];
  viewer: { roles: string[]; actions: string[]; canDecideReopen: boolean };
};
type PracticeView = {
  cycle: { track: string };
  stages: { stages: { stage: string; state: string }[] };
  documents: { kind: string; status: string; pen: unknown; visible: boolean; actions: string[] }[];
  viewer: { roles: string[] };
};

const get = <T>(page: Page, url: string): Promise<T> =>
  page.evaluate(async (u) => {
    const res = await fetch(u, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`${u}: ${res.status}`);
    return res.json();
  }, url) as Promise<T>;

const idOf = (path: string) => path.match(/[0-9a-f-]{36}/)?.[0] as string;

/**
 * A plan on the review page as its reader has it: what it holds (track, rule set, status, a
 * reopening asked) and what the reader may do with it (the atasan and the admin alike).
 */
export async function reviewState(page: Page, path: string): Promise<string> {
  const v = await get<PlanView>(page, `/api/cycles/${idOf(path)}/plan`);
  const asked = v.reopenRequests.map((r) => r.status).join("+");
  return [v.cycle.track, v.ruleSet.code, v.plan.status, asked, v.viewer.actions, v.viewer.canDecideReopen].join("|");
}

/** The six steps of a plan as its reader has them, each named by what changes how it is drawn. */
export async function planStepKeys(page: Page, path: string): Promise<string[]> {
  const v = await get<PlanView>(page, `/api/cycles/${idOf(path)}/plan`);
  const state = [v.ruleSet.code, v.plan.status, v.viewer.roles.join("+")].join("|");
  return [1, 2, 3, 4, 5, 6].map((n) => `plan step ${n}${n === 2 ? ` ${v.cycle.track}` : ""}|${state}`);
}

/**
 * Each step of the plan editor on the page in a state not seen yet (`seen`, for the run), the open
 * one as it is, the others by the stepper. Only the second step is another form per track (an
 * indicator, a leadership one, the schools); every step may differ by rule set, status and reader.
 */
export async function checkPlanSteps(
  page: Page,
  inFlight: () => number,
  f: Findings,
  where: string,
  seen: Set<string>,
): Promise<void> {
  const keys = await planStepKeys(page, where);
  const steps = page.locator("main .mantine-Stepper-step");
  const n = await steps.count();
  if (n !== keys.length) throw new Error(`${where}: ${n} steps on the stepper`);
  for (const [i, key] of keys.entries()) {
    if (seen.has(key)) continue;
    seen.add(key);
    if ((await steps.nth(i).getAttribute("data-progress")) === null) {
      await steps.nth(i).click();
      await steps.nth(i).and(page.locator("[data-progress]")).waitFor();
      await settled(page, inFlight, false);
    }
    await f.check(page, `${where} step ${i + 1}`, key.split("|")[0] as string);
  }
}

export type StageState = { i: number; stage: string; key: string; kind: string; label: string; writes: boolean };

/** Each stage of a practice that is open to the reader, named by what changes how it is drawn. */
export async function practiceStates(page: Page, path: string): Promise<StageState[]> {
  const v = await get<PracticeView>(page, `/api/cycles/${idOf(path)}/practice`);
  const who = v.viewer.roles.join("+");
  return v.stages.stages.flatMap((s, i) => {
    if (s.state === "locked") return [];
    const d = v.documents.find((x) => x.kind === s.stage);
    // Who reads it shows in their pen and their actions: a done stage reads the same for everyone.
    const key = [v.cycle.track, s.stage, d?.status, JSON.stringify(d?.pen), d?.visible, d?.actions].join("|");
    return [
      {
        i,
        stage: s.stage,
        key,
        kind: `stage ${s.stage}`,
        label: `${d?.status ?? "new"}, ${who}`,
        writes: d?.pen != null,
      },
    ];
  });
}

/** The given stages of the practice on the page, each selected on its path, then checked. */
export async function checkStages(
  page: Page,
  inFlight: () => number,
  f: Findings,
  where: string,
  stages: StageState[],
): Promise<void> {
  const path = page.getByRole("list", { name: "Tahap praktik kinerja" });
  for (const s of stages) {
    const button = path.getByRole("button").nth(s.i);
    if ((await button.getAttribute("aria-current")) !== "step") {
      await button.click();
      await path.locator(`li:nth-child(${s.i + 1}) [aria-current=step]`).waitFor();
      await settled(page, inFlight, false);
    }
    await f.check(page, `${where} ${s.stage} (${s.label})`, s.kind);
  }
}
