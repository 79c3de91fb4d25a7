import { angkaKredit, parsePositionLevel, periodMonths } from "../../domain/assessment/angka-kredit.js";
import { PRACTICE_AXES, type PracticeAxis } from "../../domain/assessment/scale.js";
import { predikatInScope } from "../../domain/assessment/scope.js";
import { EXPECTATION_LABELS, PREDIKAT_LABELS, TRACK_LABELS } from "../../domain/export/labels.js";
import type { CycleTrack } from "../../domain/org/assessors.js";
import type { PlanContent } from "../../domain/planning/content.js";
import type { PenilaianContent } from "../../domain/practice/penilaian.js";
import type { RuleSetContent } from "../../domain/rulesets/types.js";
import type { PlanPdfData } from "./plan-pdf.js";
import type { PdfPerson, SkpPdfData } from "./skp-pdf.js";

/** A person as the SKP prints them: from the staff data, with their school for the unit kerja. */
export type SkpPerson = {
  name: string;
  nip: string | null;
  rank: string;
  positionLevel: string;
  schoolName: string | null;
};

/** What both printed documents are made from, as loaded by `loadSkpSource`. */
export type SkpSource = {
  districtName: string;
  period: { name: string; startsOn: string; endsOn: string };
  track: CycleTrack;
  ruleSet: RuleSetContent;
  plan: PlanContent;
  planAgreedOn: string | null;
  pegawai: SkpPerson;
  pejabat: (SkpPerson & { kind: "principal" | "acting_principal" | "head_of_district" | null }) | null;
  /** The practice documents the lampiran summarises, in stage order: title and content. */
  record: { title: string; content: unknown }[];
  /** The bukti dukung's content (realisation per RHK item), when there is one. */
  results: { rhk?: Record<string, { achieved: number | null; reflection: string }> } | null;
};

const AXIS_LABELS: Record<PracticeAxis, string> = {
  upayaRefleksi: "Upaya Refleksi",
  upayaMempelajari: "Upaya Mempelajari",
  perubahanPraktik: "Perubahan Praktik",
};

/** "Dinas Pendidikan Kabupaten Contoh (Demo)" stays; a bare "Kabupaten Contoh" gets the office's name. */
const instansiOf = (districtName: string) =>
  /dinas/i.test(districtName) ? districtName : `Dinas Pendidikan ${districtName}`;

function pdfPerson(p: SkpPerson, position: string, districtName: string): PdfPerson {
  return {
    name: p.name,
    nip: p.nip ?? "—",
    rank: p.rank || "—",
    position,
    unit: p.schoolName ? `${p.schoolName}, ${districtName}` : districtName,
  };
}

function positionOf(track: CycleTrack, p: SkpPerson): string {
  const level = p.positionLevel.trim();
  if (track === "kepala_sekolah") return level ? `${level} / Kepala Sekolah` : "Kepala Sekolah";
  return level || TRACK_LABELS[track];
}

const PEJABAT_POSITION = {
  principal: "Kepala Sekolah",
  acting_principal: "Plt. Kepala Sekolah",
  head_of_district: "Kepala Dinas Pendidikan",
} as const;

function people(s: SkpSource) {
  const pegawai = pdfPerson(s.pegawai, positionOf(s.track, s.pegawai), s.districtName);
  const pejabat = s.pejabat
    ? pdfPerson(s.pejabat, s.pejabat.kind ? PEJABAT_POSITION[s.pejabat.kind] : s.pejabat.positionLevel, s.districtName)
    : null;
  return { pegawai, pejabat };
}

/** The plan's RHK items and tugas tambahan as HASIL KERJA rows. */
function workRows(s: SkpSource) {
  const items = new Map(s.ruleSet.rhkItems.map((i) => [i.code, i]));
  const main = s.plan.rhk.map((line) => {
    const item = items.get(line.code);
    const result = s.results?.rhk?.[line.code];
    const realisation =
      result?.achieved !== null && result?.achieved !== undefined
        ? `${result.achieved} dari ${line.quantity ?? "—"}`
        : result?.reflection?.trim()
          ? "Laporan refleksi tertulis"
          : "";
    return {
      rhk: item ? `Meningkatnya kompetensi melalui peran sebagai ${item.role}` : line.code,
      // 2025+: nothing is uploaded; the written reflection of the Laporan shows the activity.
      indicator: item
        ? `${item.unit}, dibuktikan dengan ${
            s.ruleSet.settings.competenceReflectionText ? "refleksi tertulis" : item.evidence.toLowerCase()
          }`
        : "—",
      // The quantity counts the item itself (the plan's "× 2"); its unit says what one is.
      target: `${line.quantity ?? "—"} × ${item?.role ?? line.code}`,
      realisation,
    };
  });
  const additional = s.plan.noDuties
    ? []
    : s.plan.duties.map((d) => ({
        rhk: d.name,
        indicator: "Sesuai SK penugasan",
        target: d.targetQuantity ? `${d.targetQuantity} ${d.targetUnit}`.trim() : "—",
      }));
  return { main, additional };
}

/** Every string a document holds, depth first, for the lampiran (a summary, not the form). */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    const t = value.trim();
    // Ids, dates and codes (a rating level, a mode) are the form's workings, not the record.
    const workings = /^[0-9a-f-]{36}$/i.test(t) || /^\d{4}-\d{2}-\d{2}/.test(t) || /^[a-z0-9_-]+$/.test(t);
    if (t && !workings) out.push(t.length > 600 ? `${t.slice(0, 597)}…` : t);
  } else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) textsOf(v, out);
  return out;
}

/** The SKP of a rated penilaian (DOMAIN.md §5), in words: the renderer prints it as given. */
export function skpData(
  s: SkpSource,
  penilaian: {
    content: PenilaianContent;
    ratedOn: string;
    acknowledgedOn: string | null;
    scope: "full" | "perilaku_only";
  },
): SkpPdfData {
  const { pegawai, pejabat } = people(s);
  const c = penilaian.content;
  const predikat = c.perilaku
    ? predikatInScope({ scope: penilaian.scope, hasilKerja: c.hasilKerja, perilaku: c.perilaku })
    : null;
  const level = parsePositionLevel(s.pegawai.positionLevel);
  const months = periodMonths(s.period.startsOn, s.period.endsOn);
  const place = s.districtName.replace(/^Dinas Pendidikan\s+/i, "").replace(/\s*\(.*\)$/, "");
  return {
    instansi: instansiOf(s.districtName),
    period: { name: s.period.name, start: s.period.startsOn, end: s.period.endsOn },
    pegawai,
    pejabatPenilai: pejabat,
    workResults: workRows(s),
    behaviours: s.ruleSet.behaviourAspects.map((a) => ({
      aspect: a.name,
      behaviours: [...a.behaviours],
      expectation: s.plan.behaviourNotes[a.code]?.trim() || "Sesuai perilaku yang diharapkan",
      feedback: c.behaviours[a.code] ?? "",
    })),
    practiceAxes:
      penilaian.scope === "perilaku_only"
        ? []
        : PRACTICE_AXES.map((a) => ({
            axis: AXIS_LABELS[a],
            rating: c.axes[a].level ? EXPECTATION_LABELS[c.axes[a].level] : "—",
            note: c.axes[a].feedback,
          })),
    workResultRating: c.hasilKerja ? EXPECTATION_LABELS[c.hasilKerja] : "Dinilai perilaku saja",
    behaviourRating: c.perilaku ? EXPECTATION_LABELS[c.perilaku] : "—",
    predikat: predikat ? PREDIKAT_LABELS[predikat] : "—",
    creditPoints: predikat && level ? angkaKredit({ positionLevel: level, predikat, months }) : null,
    acknowledgement: penilaian.acknowledgedOn
      ? { date: penilaian.acknowledgedOn, ...(c.response.trim() ? { response: c.response } : {}) }
      : null,
    signatures: {
      pegawai: { place, date: penilaian.acknowledgedOn, name: pegawai.name, nip: pegawai.nip },
      pejabatPenilai: pejabat ? { place, date: penilaian.ratedOn, name: pejabat.name, nip: pejabat.nip } : null,
    },
    attachment: s.record.map((r) => ({ title: r.title, lines: textsOf(r.content).slice(0, 20) })),
  };
}

/** The agreed plan as printed (Rencana Kinerja yang disepakati). */
export function planData(s: SkpSource, indicator: { name: string; targets: string[] } | null): PlanPdfData {
  const { pegawai, pejabat } = people(s);
  const place = s.districtName.replace(/^Dinas Pendidikan\s+/i, "").replace(/\s*\(.*\)$/, "");
  const { main, additional } = workRows(s);
  return {
    instansi: instansiOf(s.districtName),
    period: { name: s.period.name, start: s.period.startsOn, end: s.period.endsOn },
    pegawai,
    pejabatPenilai: pejabat,
    practice: { indicator: indicator?.name ?? "—", targetBehaviours: indicator?.targets ?? [] },
    rhkItems: main.map(({ rhk, indicator: i, target }) => ({ rhk, indicator: i, target })),
    additionalDuties: additional,
    behaviours: s.ruleSet.behaviourAspects.map((a) => ({
      aspect: a.name,
      behaviours: [...a.behaviours],
      expectation: s.plan.behaviourNotes[a.code]?.trim() || "Sesuai perilaku yang diharapkan",
    })),
    agreedDate: s.planAgreedOn,
    signatures: {
      pegawai: { place, date: s.planAgreedOn, name: pegawai.name, nip: pegawai.nip },
      pejabatPenilai: pejabat ? { place, date: s.planAgreedOn, name: pejabat.name, nip: pejabat.nip } : null,
    },
  };
}
