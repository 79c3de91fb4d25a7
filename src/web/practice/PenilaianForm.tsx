import { Alert, Badge, Button, Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EXPECTATIONS, type Expectation, PRACTICE_AXES, type PracticeAxis } from "../../domain/assessment/scale.js";
import { predikatInScope } from "../../domain/assessment/scope.js";
import type { PenilaianContent } from "../../domain/practice/penilaian.js";
import type { RekomendasiContent } from "../../domain/practice/rekomendasi.js";
import { NoteField, writes } from "./fields.js";
import { type Rating, RatingCard, RatingField } from "./pengawas/RatingField.js";
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
  const { t } = useTranslation();
  const rates = writes(pen, "axes");
  const responds = writes(pen, "response");
  const level = (l: Expectation) => t(`expectation.${l}`);
  const recommendation = view.documents.find((d) => d.kind === "rekomendasi");
  const perilakuOnly = view.assessment.scope === "perilaku_only";
  const predikat = content.perilaku
    ? predikatInScope({ scope: view.assessment.scope, hasilKerja: content.hasilKerja, perilaku: content.perilaku })
    : null;
  // The printed SKP: for the pegawai, the atasan and the admin once rated (a Tim Kinerja member only reads).
  const prints = doc.status !== "draft" && view.viewer.actingAs !== "tim_kinerja";
  const setAxis = (axis: PracticeAxis, r: Rating<Expectation>) =>
    onChange({ ...content, axes: { ...content.axes, [axis]: r } });
  const rating = (field: "hasilKerja" | "perilaku") => {
    const value = content[field];
    const label = t(`practice.penilaian.${field}`);
    if (!rates) {
      return (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <Text size="sm" c={value ? undefined : "dimmed"}>
            {value ? level(value) : t("practice.rating.notYet")}
          </Text>
        </Stack>
      );
    }
    return (
      <Radio.Group
        label={label}
        value={value ?? ""}
        onChange={(v) => onChange({ ...content, [field]: v as Expectation })}
      >
        <Stack gap="xs" mt={4}>
          {EXPECTATIONS.map((l) => (
            <Radio key={l} size="md" value={l} label={level(l)} />
          ))}
        </Stack>
      </Radio.Group>
    );
  };
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
              <Text size="sm">{t("practice.penilaian.angkaKredit", { n: view.assessment.angkaKredit })}</Text>
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
        <RatingCard title={t("practice.rekomendasi.axesTitle")} intro={t("practice.rekomendasi.axesIntro")}>
          {PRACTICE_AXES.map((axis) => (
            <RatingField<Expectation>
              key={axis}
              title={t(`practiceAxis.${axis}`)}
              description={t(`practiceAxisHint.${axis}`)}
              levels={EXPECTATIONS}
              levelLabel={level}
              value={content.axes[axis]}
              onChange={(r) => setAxis(axis, r)}
              writable={rates}
            />
          ))}
        </RatingCard>
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
        {!perilakuOnly && rating("hasilKerja")}
        {rating("perilaku")}
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
