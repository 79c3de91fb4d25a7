import { Alert, Card, NumberInput, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  type BuktiDukungContent,
  type DutyResult,
  MAX_ACHIEVED,
  MAX_EVIDENCE_FILES,
  type RhkResult,
} from "../../domain/practice/bukti-dukung.js";
import { FileUploads } from "./FileUploads.js";
import { LineField, NoteField, writes } from "./fields.js";
import type { PracticeDoc, PracticeView } from "./types.js";

type Props = {
  view: PracticeView;
  doc: PracticeDoc;
  content: BuktiDukungContent;
  onChange: (c: BuktiDukungContent) => void;
  pen: "all" | string[] | null;
};

const NO_RHK: RhkResult = { achieved: null, files: [], reflection: "" };
const NO_DUTY: DutyResult = { achieved: null, files: [], report: "" };

/**
 * Bukti dukung (2024) or laporan (2025+) of the agreed plan: under a rule set with uploads, per
 * RHK item and tugas tambahan the achieved quantity against the target and the evidence; without,
 * a reflection per competence item and a report on the chosen main duty. The atasan verifies it.
 */
export function BuktiDukungForm({ view, doc, content, onChange, pen }: Props) {
  const { t } = useTranslation();
  const owner = writes(pen, "rhk");
  const rhkOf = (code: string) => content.rhk[code] ?? NO_RHK;
  const dutyOf = (name: string) => content.duties[name] ?? NO_DUTY;
  const setRhk = (code: string, patch: Partial<RhkResult>) =>
    onChange({ ...content, rhk: { ...content.rhk, [code]: { ...rhkOf(code), ...patch } } });
  const setDuty = (name: string, patch: Partial<DutyResult>) =>
    onChange({ ...content, duties: { ...content.duties, [name]: { ...dutyOf(name), ...patch } } });
  const { rhk, duties } = view.planTargets;
  const names = new Map(view.files.map((f) => [f.id, f.fileName]));

  return (
    <Stack gap="md">
      {doc.status === "returned" && doc.note && (
        <Alert color="orange" p="sm">
          {t("practice.note.returned", { note: doc.note })}
        </Alert>
      )}
      {view.uploadsAllowed ? (
        <>
          {rhk.length === 0 && duties.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("practice.buktiDukung.noTargets")}
            </Text>
          )}
          {rhk.length > 0 && (
            <Stack gap="sm" component="section" aria-label={t("practice.buktiDukung.rhkTitle")}>
              <Title order={3} fz="h5">
                {t("practice.buktiDukung.rhkTitle")}
              </Title>
              {rhk.map((item) => {
                const r = rhkOf(item.code);
                return (
                  <Card key={item.code} padding="sm">
                    <Stack gap="xs">
                      <Text size="sm" fw={600}>
                        {item.role}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t("practice.buktiDukung.target", { quantity: item.quantity, unit: item.unit })} ·{" "}
                        {t("practice.buktiDukung.evidenceHint", { evidence: item.evidence })}
                      </Text>
                      <Achieved
                        label={`${t("practice.buktiDukung.achieved")}: ${item.role}`}
                        value={r.achieved}
                        target={item.quantity}
                        onChange={owner ? (achieved) => setRhk(item.code, { achieved }) : undefined}
                      />
                      <Text size="sm" fw={500}>
                        {t("practice.buktiDukung.evidence")}
                      </Text>
                      <FileUploads
                        view={view}
                        kind="evidence"
                        ids={r.files}
                        max={MAX_EVIDENCE_FILES}
                        label={`${t("practice.buktiDukung.evidence")}: ${item.role}`}
                        {...(owner ? { onChange: (files: string[]) => setRhk(item.code, { files }) } : {})}
                      />
                    </Stack>
                  </Card>
                );
              })}
            </Stack>
          )}
          {duties.length > 0 && (
            <Stack gap="sm" component="section" aria-label={t("practice.buktiDukung.dutiesTitle")}>
              <Title order={3} fz="h5">
                {t("practice.buktiDukung.dutiesTitle")}
              </Title>
              {duties.map((duty) => {
                const d = dutyOf(duty.name);
                return (
                  <Card key={duty.name} padding="sm">
                    <Stack gap="xs">
                      <Text size="sm" fw={600}>
                        {duty.name}
                      </Text>
                      {duty.targetQuantity !== null && (
                        <Text size="xs" c="dimmed">
                          {t("practice.buktiDukung.dutyTarget", {
                            quantity: duty.targetQuantity,
                            unit: duty.targetUnit,
                          })}
                        </Text>
                      )}
                      {duty.skFileId && (
                        <Text size="xs">
                          {t("practice.buktiDukung.sk")} {names.get(duty.skFileId) ?? "SK"}
                        </Text>
                      )}
                      <Achieved
                        label={`${t("practice.buktiDukung.achieved")}: ${duty.name}`}
                        value={d.achieved}
                        target={duty.targetQuantity}
                        onChange={owner ? (achieved) => setDuty(duty.name, { achieved }) : undefined}
                      />
                      <Text size="sm" fw={500}>
                        {t("practice.buktiDukung.dutyEvidence")}
                      </Text>
                      <FileUploads
                        view={view}
                        kind="evidence"
                        ids={d.files}
                        max={MAX_EVIDENCE_FILES}
                        label={`${t("practice.buktiDukung.dutyEvidence")}: ${duty.name}`}
                        {...(owner ? { onChange: (files: string[]) => setDuty(duty.name, { files }) } : {})}
                      />
                      {(owner || d.report) && (
                        <NoteField
                          label={t("practice.buktiDukung.report")}
                          value={d.report}
                          onChange={(report) => setDuty(duty.name, { report })}
                          readOnly={!owner}
                        />
                      )}
                    </Stack>
                  </Card>
                );
              })}
            </Stack>
          )}
        </>
      ) : (
        <>
          {rhk.length > 0 && (
            <Stack gap="sm" component="section" aria-label={t("practice.buktiDukung.reflectionTitle")}>
              <Title order={3} fz="h5">
                {t("practice.buktiDukung.reflectionTitle")}
              </Title>
              {rhk.map((item) => (
                <NoteField
                  key={item.code}
                  label={t("practice.buktiDukung.reflection", { item: item.role })}
                  description={t("practice.buktiDukung.reflectionHint")}
                  value={rhkOf(item.code).reflection}
                  onChange={(reflection) => setRhk(item.code, { reflection })}
                  readOnly={!owner}
                  minRows={3}
                />
              ))}
            </Stack>
          )}
          <Stack gap="sm" component="section" aria-label={t("practice.buktiDukung.mainDutyTitle")}>
            <Title order={3} fz="h5">
              {t("practice.buktiDukung.mainDutyTitle")}
            </Title>
            <LineField
              label={t("practice.buktiDukung.mainDuty")}
              value={content.mainDuty}
              onChange={(mainDuty) => onChange({ ...content, mainDuty })}
              readOnly={!owner}
            />
            {owner && (
              <Text size="xs" c="dimmed" mt={-6}>
                {t("practice.buktiDukung.mainDutyHint")}
              </Text>
            )}
            <NoteField
              label={t("practice.buktiDukung.mainDutyReport")}
              value={content.mainDutyReport}
              onChange={(mainDutyReport) => onChange({ ...content, mainDutyReport })}
              readOnly={!owner}
              minRows={4}
            />
          </Stack>
        </>
      )}
      {(writes(pen, "feedback") || content.feedback) && (
        <NoteField
          label={t("practice.buktiDukung.feedback")}
          value={content.feedback}
          onChange={(feedback) => onChange({ ...content, feedback })}
          readOnly={!writes(pen, "feedback")}
        />
      )}
    </Stack>
  );
}

/** The achieved quantity, shown against the plan's target ("3 dari 4"). */
function Achieved({
  label,
  value,
  target,
  onChange,
}: {
  label: string;
  value: number | null;
  target: number | null;
  onChange: ((v: number | null) => void) | undefined;
}) {
  const { t } = useTranslation();
  const against =
    value !== null && target !== null ? t("practice.buktiDukung.ofTarget", { achieved: value, target }) : null;
  if (!onChange) {
    return (
      <Text size="sm">
        {t("practice.buktiDukung.achieved")}: {against ?? value ?? "—"}
      </Text>
    );
  }
  return (
    <NumberInput
      label={t("practice.buktiDukung.achieved")}
      aria-label={label}
      description={against}
      value={value ?? ""}
      min={0}
      max={MAX_ACHIEVED}
      clampBehavior="strict"
      allowDecimal={false}
      allowNegative={false}
      onChange={(v) => onChange(typeof v === "number" ? v : null)}
      w={160}
    />
  );
}
