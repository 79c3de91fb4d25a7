import { expect } from "vitest";
import type { Client } from "./test-app.js";

type LeadershipIndicator = { code: string; targets: { code: string }[] };

/**
 * A KS's plan on the rule set's first leadership indicator, submitted, approved by the Tim Kinerja
 * member and agreed: where a KS's practice tests start. Answers the indicator and the rule set.
 */
export async function agreeKsPlan(ks: Client, tim: Client, cycleId: string) {
  const view = (await ks.get(`/api/cycles/${cycleId}/plan`)).json();
  const rules = (await ks.get(`/api/rule-sets/${view.ruleSet.id}`)).json();
  const indicator = rules.content.leadershipIndicators[0] as LeadershipIndicator;
  const saved = await ks.request({
    method: "PUT",
    url: `/api/plans/${view.plan.id}`,
    payload: {
      version: view.plan.version,
      content: {
        lastStep: "rangkuman",
        profileConfirmed: true,
        indicatorCode: indicator.code,
        rhk: [{ code: "penggerak-komunitas-belajar", quantity: 1 }],
        noDuties: true,
        duties: [],
        behaviourNotes: {},
        schoolIds: [],
      },
    },
  });
  await ks.post(`/api/plans/${view.plan.id}/submit`, { version: saved.json().plan.version });
  expect((await tim.post(`/api/plans/${view.plan.id}/approve`)).statusCode).toBe(200);
  expect((await ks.post(`/api/plans/${view.plan.id}/agree`)).statusCode).toBe(200);
  return { indicator, rules };
}
