import { describe, expect, it } from "vitest";
import { nextStepKey, PHASES } from "../../src/domain/cycles/phase.js";
import { PRACTICE_KINDS } from "../../src/domain/practice/stages.js";
import { NEXT_STEP_KEYS } from "../../src/web/home/next-step.js";

describe("the home card's next step", () => {
  it("knows every key the server can send, for every track's stages and both actors", () => {
    const known = new Set<string>(NEXT_STEP_KEYS);
    const sent = new Set<string>();
    for (const phase of PHASES) {
      for (const state of ["not_open", "open", "closed", null] as const) {
        for (const plan of ["draft", "submitted", "returned", "approved", "agreed"]) {
          sent.add(nextStepKey(phase, state, plan));
          for (const stage of PRACTICE_KINDS) {
            for (const nextActor of ["owner", "superior"] as const) {
              // The owner never acts on a Tim Kinerja recommendation: the server never sends it.
              if (stage === "rekomendasi" && nextActor === "owner") continue;
              sent.add(nextStepKey(phase, state, plan, { stage, nextActor }));
            }
          }
        }
      }
    }
    expect([...sent].filter((k) => !known.has(k))).toEqual([]);
  });
});
