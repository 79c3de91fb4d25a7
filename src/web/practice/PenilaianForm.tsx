import { Alert, Badge, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { predikatInScope } from "../../domain/assessment/scope.js";
import type { PenilaianContent } from "../../domain/practice/penilaian.js";
import type { RekomendasiContent } from "../../domain/practice/rekomendasi.js";
import { ExpectationRating, PracticeAxesCard } from "./AssessmentFields.js";
import { NoteField, writes } from "./fields.js";
import { RatingCard } from "./pengawas/RatingField.js";
import { RekomendasiForm } from "./RekomendasiForm.js";
import type { PracticeDoc, PracticeView } from "./types.js";

type Props = {
  view: PracticeView;
  doc: PracticeDoc;
  content: PenilaianContent;
  onChange: (c: PenilaianContent) => void;
  pen: "all" | string[] | null;
};

/**
 * The penilaian (DOMAIN.md §5): the atasan rates the three practice axes with a note each, gives
 * feedback on each BerAKHLAK aspect, then the two ratings and the predikat that follows. For a KS
 * or pengawas the Tim Kinerja's recommendation is shown first. The pegawai reads it, may write a
 * response, and acknowledges it.
 */
export function PenilaianForm({ view, doc, content, onChange, pen }: Props) {
  const { t, i18n } = useTranslation();
  const rates = writes(pen, "axes");
  // 18,75 in Indonesian, 18.75 in English.
  const number = new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 3 });
  const responds = writes(pen, "response");
  const recommendation = view.documents.find((d) => d.kind === "rekomendasi");
  const perilakuOnly = view.assessment.scope === "perilaku_only";
  const predikat = content.perilaku
    ? predikatInScope({ scope: view.assessment.scope, hasilKerja: content.hasilKerja, perilaku: content.perilaku })
    : null;
  // The printed SKP: for the pegawai, the atasan and the admin once rated (a Tim Kinerja member only reads).
  const prints = doc.status !== "draft" && view.viewer.actingAs !== "tim_kinerja";
  return (
    <Stack gap="md">
      {rates && <Text size="sm">{t("practice.penilaian.intro")}</Text>}
      {perilakuOnly && (
        <Alert color="orange" p="sm">
          {t("practice.penilaian.perilakuOnly")}
        </Alert>
      )}
      {doc.status !== "draft" && predikat && (
        <Alert color="teal" p="sm" title={t("practice.penilaian.resultTitle")}>
          <Stack gap={6}>
            <Text size="sm">
              {t("practice.penilaian.predikat")}{" "}
              <Badge variant="filled" color="teal" size="lg">
                {t(`predikat.${predikat}`)}
              </Badge>
            </Text>
            {view.assessment.angkaKredit !== null && (
              <Text size="sm">
                {t("practice.penilaian.angkaKredit", { n: number.format(view.assessment.angkaKredit) })}
              </Text>
            )}
            {prints && (
              <Button
                component="a"
                href={`/api/cycles/${view.cycle.id}/skp.pdf`}
                download
                variant="light"
                size="sm"
                w="fit-content"
              >
                {t("practice.penilaian.downloadSkp")}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {recommendation?.visible && recommendation.status === "submitted" && (
        <details open={rates}>
          <summary style={{ cursor: "pointer", fontWeight: 600 }}>{t("practice.penilaian.recommendation")}</summary>
          <RekomendasiForm content={recommendation.content as RekomendasiContent} onChange={() => {}} pen={null} />
        </details>
      )}
      {!perilakuOnly && (
        <PracticeAxesCard axes={content.axes} onChange={(axes) => onChange({ ...content, axes })} writable={rates} />
      )}
      <RatingCard title={t("practice.penilaian.behavioursTitle")}>
        {view.behaviourAspects.map((a) => (
          <NoteField
            key={a.code}
            label={a.name}
            description={a.meaning}
            value={content.behaviours[a.code] ?? ""}
            onChange={(v) => onChange({ ...content, behaviours: { ...content.behaviours, [a.code]: v } })}
            readOnly={!rates}
          />
        ))}
      </RatingCard>
      <RatingCard title={t("practice.penilaian.ratingsTitle")} intro={t("practice.penilaian.competence")}>
        {(perilakuOnly ? (["perilaku"] as const) : (["hasilKerja", "perilaku"] as const)).map((field) => (
          <ExpectationRating
            key={field}
            label={t(`practice.penilaian.${field}`)}
            value={content[field]}
            onChange={(v) => onChange({ ...content, [field]: v })}
            writable={rates}
          />
        ))}
        {predikat && (
          <Text size="sm" data-testid="penilaian-predikat">
            {t("practice.penilaian.predikat")}{" "}
            <Badge variant="filled" color="teal" size="lg">
              {t(`predikat.${predikat}`)}
            </Badge>
          </Text>
        )}
        <NoteField
          label={t("practice.penilaian.note")}
          value={content.note}
          onChange={(note) => onChange({ ...content, note })}
          readOnly={!rates}
          minRows={2}
        />
      </RatingCard>
      {doc.status !== "draft" && (
        <RatingCard title={t("practice.penilaian.responseTitle")}>
          {responds && (
            <Alert color="blue" p="sm">
              {t("practice.penilaian.responseHint")}
            </Alert>
          )}
          <NoteField
            label={t("practice.penilaian.response")}
            value={content.response}
            onChange={(response) => onChange({ ...content, response })}
            readOnly={!responds}
            minRows={3}
          />
        </RatingCard>
      )}
    </Stack>
  );
}
