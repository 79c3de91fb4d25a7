import { and, eq, gte, lte } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { periods, ruleSets } from "../../db/schema.js";
import { type PeriodWindows, windowProblems } from "../../domain/cycles/phase.js";
import { indexFacts } from "../../domain/org/fact-index.js";
import type { IsoDate } from "../../domain/org/types.js";
import { findTemplate } from "../../domain/rulesets/catalogue/templates.js";
import { writeAudit } from "../core/audit.js";
import { districtToday } from "../core/clock.js";
import { AppError } from "../core/errors.js";
import { namedLinks, withNamedSubjects } from "../org/named-links.js";
import { createMissingCycles, districtAssignments } from "./refresh-superiors.js";

export type OpenPeriodOptions = {
  db: Db;
  actorId: string | null;
  actingAs: string;
  districtId: string;
  templateCode: string;
  name: string;
  windows: PeriodWindows;
  /** From the injected clock; "today" is the district's date at this instant. */
  now: Date;
  /** Cycles created so far, chunk by chunk (the CLI shows a bar). */
  onProgress?: (done: number, total: number) => void;
};

export type OpenPeriodResult = { periodId: string; cycleCount: number; withoutSuperiorIds: string[] };

/**
 * Opens a period from a rule-set template and creates one cycle per eligible person, with the
 * atasan derived from assignments on the reference date. People without an atasan still get
 * their cycle; they are returned so the admin sees and fixes them.
 */
export async function openPeriod(o: OpenPeriodOptions): Promise<OpenPeriodResult> {
  const template = findTemplate(o.templateCode);
  if (!template) throw new AppError("VALIDATION", "ruleSet.unknown", { code: o.templateCode });
  const problems = windowProblems(o.windows);
  if (problems.length > 0) throw new AppError("VALIDATION", "period.invalidWindows", { detail: problems.join("; ") });

  return o.db.transaction(async (tx) => {
    let [ruleSet] = await tx
      .select({ id: ruleSets.id })
      .from(ruleSets)
      .where(and(eq(ruleSets.code, template.code), eq(ruleSets.version, template.version)));
    ruleSet ??= (
      await tx
        .insert(ruleSets)
        .values({ code: template.code, version: template.version, name: template.name, content: template.content })
        .returning({ id: ruleSets.id })
    )[0];
    if (!ruleSet) throw new Error("rule set insert returned nothing");

    // Two periods running at once would give a pegawai two cycles, whatever their rule sets.
    const [overlapping] = await tx
      .select({ name: periods.name, startsOn: periods.startsOn, endsOn: periods.endsOn })
      .from(periods)
      .where(
        and(
          eq(periods.districtId, o.districtId),
          lte(periods.startsOn, o.windows.endsOn),
          gte(periods.endsOn, o.windows.startsOn),
        ),
      )
      .limit(1);
    if (overlapping) throw new AppError("CONFLICT", "period.overlap", overlapping);

    const [period] = await tx
      .insert(periods)
      .values({ districtId: o.districtId, ruleSetId: ruleSet.id, name: o.name, createdBy: o.actorId, ...o.windows })
      .returning({ id: periods.id });
    if (!period) throw new Error("period insert returned nothing");

    // Who is in post when the period runs: today, kept inside the period's dates.
    const today = await districtToday(tx, o.districtId, o.now);
    const refDate = [o.windows.startsOn, today, o.windows.endsOn].sort()[1] as IsoDate;
    const index = indexFacts(
      withNamedSubjects(await districtAssignments(tx, o.districtId), await namedLinks(tx, [o.districtId], null)),
    );
    const { created: cycleCount, withoutSuperiorIds } = await createMissingCycles(tx, {
      periodId: period.id,
      districtId: o.districtId,
      eligible: template.content.settings.eligibleEmploymentStatuses,
      index,
      personIds: [...index.byPerson.keys()],
      date: refDate,
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    await writeAudit(tx, {
      actorId: o.actorId,
      actingAs: o.actingAs,
      entityType: "period",
      entityId: period.id,
      action: "period_opened",
      toState: "open",
      data: { templateCode: template.code, cycleCount, withoutSuperior: withoutSuperiorIds.length },
    });
    return { periodId: period.id, cycleCount, withoutSuperiorIds };
  });
}
