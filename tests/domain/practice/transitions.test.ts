import { describe, expect, it } from "vitest";
import { type AnyDocumentType, type DocumentRole, decide, transitionOf } from "../../../src/domain/documents/engine.js";
import { DOCUMENT_TYPES } from "../../../src/domain/practice/registry.js";
import { PRACTICE_KINDS, type PracticeKind } from "../../../src/domain/practice/stages.js";
import { OPEN_WINDOW, practiceCtx } from "./fixtures.js";

/**
 * Who may do what in which status, written out by hand for every practice document: one row per
 * action × role, one cell per status (in the definition's order). `F` = FORBIDDEN, `S` =
 * INVALID_STATE (right role, wrong status), otherwise the status it leads to.
 */
const TABLES: Record<PracticeKind, string> = {
  persiapan: `
    statuses              draft      submitted  scheduled
    save owner            draft      submitted  scheduled
    save superior         S          submitted  S
    save admin            F          F          F
    submit owner          submitted  S          S
    submit superior       F          F          F
    submit admin          F          F          F
    confirmSchedule owner     F      F          F
    confirmSchedule superior  S      scheduled  S
    confirmSchedule admin     F      F          F`,
  observasi: `
    statuses              draft      observed   followed_up
    save owner            F          F          F
    save superior         draft      observed   S
    save admin            F          F          F
    finish owner          F          F          F
    finish superior       observed   S          S
    finish admin          F          F          F
    rateFollowUp owner    F          F          F
    rateFollowUp superior S          followed_up S
    rateFollowUp admin    F          F          F`,
  tindak_lanjut: `
    statuses              draft      submitted
    save owner            draft      S
    save superior         F          F
    save admin            F          F
    submit owner          submitted  S
    submit superior       F          F
    submit admin          F          F
    requestReopen owner   S          submitted
    requestReopen superior F         F
    requestReopen admin   F          F
    reopen owner          F          F
    reopen superior       S          draft
    reopen admin          S          draft`,
  upaya: `
    statuses              draft      done
    save owner            draft      S
    save superior         draft      done
    save admin            F          F
    finish owner          done       S
    finish superior       F          F
    finish admin          F          F`,
  refleksi: `
    statuses              draft      submitted  discussed
    save owner            draft      S          S
    save superior         S          submitted  S
    save admin            F          F          F
    submit owner          submitted  S          S
    submit superior       F          F          F
    submit admin          F          F          F
    recordDiscussion owner    F      F          F
    recordDiscussion superior S      discussed  S
    recordDiscussion admin    F      F          F`,
  bukti_dukung: `
    statuses              draft      submitted  returned   verified
    save owner            draft      S          returned   S
    save superior         S          submitted  S          S
    save admin            F          F          F          F
    submit owner          submitted  S          submitted  S
    submit superior       F          F          F          F
    submit admin          F          F          F          F
    verify owner          F          F          F          F
    verify superior       S          verified   S          S
    verify admin          F          F          F          F
    return owner          F          F          F          F
    return superior       S          returned   S          S
    return admin          F          F          F          F
    reopen owner          F          F          F          F
    reopen superior       S          S          S          draft
    reopen admin          S          S          S          draft`,
  // A pengawas's: the Tim Kinerja member acts as the superior.
  diskusi_persiapan: `
    statuses              draft      submitted  agreed
    save owner            draft      S          S
    save superior         S          submitted  S
    save admin            F          F          F
    submit owner          submitted  S          S
    submit superior       F          F          F
    submit admin          F          F          F
    agree owner           F          F          F
    agree superior        S          agreed     S
    agree admin           F          F          F
    return owner          F          F          F
    return superior       S          draft      S
    return admin          F          F          F`,
  pendampingan: `
    statuses              draft      done
    save owner            draft      S
    save superior         F          F
    save admin            F          F
    sendSurvey owner      draft      S
    sendSurvey superior   F          F
    sendSurvey admin      F          F
    finish owner          done       S
    finish superior       F          F
    finish admin          F          F`,
  diskusi_tindak_lanjut: `
    statuses              draft      submitted  rated
    save owner            draft      S          S
    save superior         S          submitted  S
    save admin            F          F          F
    submit owner          submitted  S          S
    submit superior       F          F          F
    submit admin          F          F          F
    rate owner            F          F          F
    rate superior         S          rated      S
    rate admin            F          F          F`,
  upaya_pengawas: `
    statuses              draft      done
    save owner            draft      S
    save superior         draft      done
    save admin            F          F
    finish owner          done       S
    finish superior       F          F
    finish admin          F          F`,
  refleksi_pengawas: `
    statuses              draft      submitted  rated
    save owner            draft      S          S
    save superior         S          submitted  S
    save admin            F          F          F
    submit owner          submitted  S          S
    submit superior       F          F          F
    submit admin          F          F          F
    rate owner            F          F          F
    rate superior         S          rated      S
    rate admin            F          F          F`,
  rekomendasi: `
    statuses              draft      submitted
    save owner            F          F
    save superior         draft      S
    save admin            F          F
    submit owner          F          F
    submit superior       submitted  S
    submit admin          F          F`,
  penilaian: `
    statuses              draft      rated      acknowledged
    save owner            S          rated      S
    save superior         draft      S          S
    save admin            F          F          F
    rate owner            F          F          F
    rate superior         rated      S          S
    rate admin            F          F          F
    acknowledge owner     S          acknowledged S
    acknowledge superior  F          F          F
    acknowledge admin     F          F          F
    requestReopen owner   S          rated      acknowledged
    requestReopen superior F         F          F
    requestReopen admin   F          F          F
    reopen owner          F          F          F
    reopen superior       S          draft      draft
    reopen admin          S          draft      draft`,
};

type Cell = { stage: PracticeKind; action: string; role: DocumentRole; status: string; expected: string };

function cells(stage: PracticeKind): Cell[] {
  const [header, ...rows] = TABLES[stage]
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/));
  const statuses = (header ?? []).slice(1);
  return rows.flatMap(([action = "", role = "", ...outcomes]) =>
    statuses.map((status, i) => ({ stage, action, role: role as DocumentRole, status, expected: outcomes[i] ?? "?" })),
  );
}

describe.each(PRACTICE_KINDS)("%s: role × status × action", (stage) => {
  const def = DOCUMENT_TYPES[stage] as AnyDocumentType;

  it("the table covers every status, action and role of the definition", () => {
    const table = cells(stage);
    const statuses = TABLES[stage].trim().split("\n")[0]?.trim().split(/\s+/).slice(1);
    expect(statuses).toEqual([...def.statuses]);
    const actions = new Set(table.map((c) => c.action));
    expect([...actions].sort()).toEqual(["save", ...Object.keys(def.transitions)].sort());
    expect(table).toHaveLength(actions.size * 3 * def.statuses.length);
  });

  it.each(cells(stage))("$action by $role in $status → $expected", ({ action, role, status, expected }) => {
    const t = transitionOf(def, status, action, [role]);
    if (expected === "F") expect(t).toEqual({ ok: false, reason: "FORBIDDEN" });
    else if (expected === "S") expect(t).toEqual({ ok: false, reason: "INVALID_STATE" });
    else expect(t).toEqual({ ok: true, to: expected });

    // decide agrees on every refusal the roles and statuses decide.
    const state = { status, content: def.empty(), version: 1, revision: 1 };
    const cmd =
      action === "save"
        ? { type: "save" as const, content: def.empty(), version: 1 }
        : { type: "act" as const, action, version: 1, note: "Catatan yang cukup panjang." };
    const d = decide(def, state, cmd, [role], practiceCtx(), OPEN_WINDOW);
    if (expected === "F") expect(d).toMatchObject({ ok: false, error: "FORBIDDEN" });
    else if (expected === "S" && !(def.transitions[action]?.versioned && def.transitions[action]?.to === status)) {
      expect(d).toMatchObject({ ok: false, error: "INVALID_STATE" });
    }
  });
});
