import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { STAGE_LABELS } from "../../domain/export/labels.js";
import { ZPlanContent } from "../../domain/planning/content.js";
import { indicatorOf } from "../../domain/practice/context.js";
import { ZPenilaianContent } from "../../domain/practice/penilaian.js";
import { stagesFor } from "../../domain/practice/stages.js";
import { AppError, forbidden } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { loadPracticeScope, type PracticeScope } from "../practice/load.js";
import { definitionIn } from "../practice/present.js";
import { renderPlanPdf } from "./plan-pdf.js";
import { planData, type SkpPerson, type SkpSource, skpData } from "./skp-data.js";
import { renderSkpPdf } from "./skp-pdf.js";

type Extra = {
  district: string;
  plan: { content: unknown; completedAt: string | null; decidedBy: string | null } | null;
  people: (SkpPerson & { id: string })[] | null;
};

const dateOf = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);

/**
 * The SKP and the agreed plan are printed for the pegawai, their atasan (KS, Plt within dates,
 * Kepala Dinas) and the district admin: whoever holds a role on the penilaian. A Tim Kinerja
 * member, who recommends but does not decide, has none (`documentRoles`).
 */
async function source(
  db: Queryable,
  actor: SessionActor,
  cycleId: string,
  now: Date,
  pejabatId: (s: PracticeScope, e: Extra["plan"]) => string | null,
) {
  const scope = await loadPracticeScope(db, actor, cycleId, now);
  if (scope.rolesFor(definitionIn(scope, "penilaian")).length === 0) throw forbidden();
  const plan = await db.execute<{ extra: Extra }>(sql`select json_build_object(
      'district', (select d.name from districts d where d.id = ${scope.period.districtId}),
      'plan', (select json_build_object('content', pl.content, 'completedAt', pl.completed_at, 'decidedBy', pl.decided_by)
        from documents pl where pl.cycle_id = ${cycleId} and pl.kind = 'plan')) as extra`);
  const extra = plan.rows[0]?.extra as Extra;
  const ids = [scope.cycle.personId, pejabatId(scope, extra.plan)].filter((x): x is string => !!x);
  const found = await db.execute<{ people: Extra["people"] }>(sql`select json_agg(json_build_object('id', p.id,
      'name', p.name, 'nip', p.nip, 'rank', p.rank, 'positionLevel', p.position_level,
      'schoolName', (select s.name from assignments a join schools s on s.id = a.school_id
        where a.person_id = p.id order by a.starts_on desc limit 1))) as people
    from people p where p.id = any(${`{${ids.join(",")}}`}::uuid[])`);
  const people = found.rows[0]?.people ?? [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const pegawai = byId.get(scope.cycle.personId);
  if (!pegawai || !extra.plan) throw new AppError("INVALID_STATE", "skp.noPlan");
  const pejabat = byId.get(pejabatId(scope, extra.plan) ?? "") ?? null;
  const kinds = stagesFor(scope.cycle.track).filter((k) => k !== "penilaian" && k !== "rekomendasi");
  const src: SkpSource = {
    districtName: extra.district,
    period: { name: scope.period.name, startsOn: scope.period.startsOn, endsOn: scope.period.endsOn },
    track: scope.cycle.track,
    ruleSet: scope.ruleSet.content,
    plan: ZPlanContent.parse(extra.plan.content),
    planAgreedOn: dateOf(extra.plan.completedAt),
    pegawai,
    pejabat: pejabat
      ? { ...pejabat, kind: scope.live.ok && scope.live.superiorId === pejabat.id ? scope.live.superiorKind : null }
      : null,
    record: kinds.flatMap((k) => {
      const d = scope.documents.get(k);
      return d ? [{ title: STAGE_LABELS[k], content: d.content }] : [];
    }),
    results: (scope.documents.get("bukti_dukung")?.content as SkpSource["results"]) ?? null,
  };
  return { scope, src };
}

/** The SKP of a rated penilaian as a PDF; 409 while the atasan has not rated yet. */
export async function skpPdf(db: Queryable, actor: SessionActor, cycleId: string, now: Date) {
  const { scope, src } = await source(db, actor, cycleId, now, (s) => s.documents.get("penilaian")?.decidedBy ?? null);
  const row = scope.documents.get("penilaian");
  if (!row || (row.status !== "rated" && row.status !== "acknowledged")) {
    throw new AppError("INVALID_STATE", "skp.notRated");
  }
  const pdf = await renderSkpPdf(
    skpData(src, {
      content: ZPenilaianContent.parse(row.content),
      ratedOn: dateOf(row.decidedAt) ?? scope.today,
      acknowledgedOn: row.status === "acknowledged" ? dateOf(row.submittedAt) : null,
      scope: scope.assessmentScope ?? "full",
    }),
  );
  return { pdf, fileName: `SKP-${src.pegawai.nip ?? "pegawai"}-${src.period.name}.pdf` };
}

/** The agreed plan as a PDF; 409 before it is agreed. */
export async function planPdf(db: Queryable, actor: SessionActor, cycleId: string, now: Date) {
  const { scope, src } = await source(
    db,
    actor,
    cycleId,
    now,
    (s, plan) => plan?.decidedBy ?? (s.live.ok ? s.live.superiorId : null),
  );
  if (scope.planStatus !== "agreed") throw new AppError("INVALID_STATE", "skp.planNotAgreed");
  const indicator = indicatorOf({ ruleSet: src.ruleSet, indicatorCode: src.plan.indicatorCode, track: src.track });
  const pdf = await renderPlanPdf(
    planData(src, indicator ? { name: indicator.name, targets: indicator.targets.map((t) => t.title) } : null),
  );
  return { pdf, fileName: `Rencana-Kinerja-${src.pegawai.nip ?? "pegawai"}-${src.period.name}.pdf` };
}
