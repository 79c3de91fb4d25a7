import { Alert, Button, Checkbox, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type DutyLine, ZDutyLine } from "../../../../domain/planning/content.js";
import { correctionHandler } from "../../plan/labels.js";
import type { StepProps } from "../../plan/types.js";
import { CorrectionModal } from "../profile/CorrectionModal.js";
import { DutyCard } from "./DutyCard.js";

/** Step 4: the additional duties in the staff data, each with targets and an SK — or none. */
export function DutiesStep({ view, editor, readOnly }: StepProps) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState(false);
  const { noDuties, duties } = editor.content;
  const staff = view.person.additionalDuties;
  const required = view.ruleSet.content.settings.evidenceUploadsRequired;
  // Duties already in the plan stay listed even if the staff data changed since.
  const names = [...new Set([...staff, ...duties.map((d) => d.name)])];
  const update = (f: (d: DutyLine[]) => DutyLine[]) => editor.change((c) => ({ ...c, duties: f(c.duties) }));
  const toggle = (name: string, on: boolean) =>
    update((ds) => (on ? [...ds, ZDutyLine.parse({ name })] : ds.filter((d) => d.name !== name)));
  const patch = (name: string, p: Partial<DutyLine>) =>
    update((ds) => ds.map((d) => (d.name === name ? { ...d, ...p } : d)));

  if (readOnly) {
    if (noDuties) return <Text>{t("planning.duties.none")}</Text>;
    if (duties.length === 0) return <Text c="dimmed">{t("planning.notChosen")}</Text>;
    return (
      <Stack gap="sm">
        {duties.map((d) => (
          <DutyCard key={d.name} duty={d} required={required} readOnly onChange={() => {}} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {staff.length === 0 ? (
        <Alert color="blue" variant="light" title={t("planning.duties.noneInDataTitle")}>
          <Stack gap="xs">
            <Text size="sm">
              {t("planning.duties.noneInData", { handler: correctionHandler(t, view.cycle.track) })}
            </Text>
            <Button variant="light" size="xs" w="fit-content" onClick={() => setReporting(true)}>
              {t("planning.profile.report")}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Text size="sm">{t("planning.duties.inData", { names: staff.join(", ") })}</Text>
      )}
      <Radio.Group
        label={t("planning.duties.question")}
        value={noDuties === null ? "" : noDuties ? "none" : "some"}
        onChange={(v) =>
          editor.change((c) => (v === "none" ? { ...c, noDuties: true, duties: [] } : { ...c, noDuties: false }))
        }
      >
        <Stack gap="xs" mt="xs">
          {names.length > 0 && <Radio value="some" label={t("planning.duties.some")} size="md" />}
          <Radio value="none" label={t("planning.duties.none")} size="md" />
        </Stack>
      </Radio.Group>
      {noDuties === false && (
        <Stack gap="sm">
          <Text size="sm" fw={500}>
            {t("planning.duties.pick")}
          </Text>
          {names.map((name) => {
            const duty = duties.find((d) => d.name === name);
            return (
              <Stack key={name} gap="xs">
                <Checkbox
                  label={name}
                  checked={Boolean(duty)}
                  onChange={(e) => toggle(name, e.currentTarget.checked)}
                  size="md"
                />
                {duty && <DutyCard duty={duty} required={required} readOnly={false} onChange={(p) => patch(name, p)} />}
              </Stack>
            );
          })}
        </Stack>
      )}
      <CorrectionModal
        opened={reporting}
        onClose={() => setReporting(false)}
        cycleId={view.cycle.id}
        track={view.cycle.track}
        placeholder={t("planning.duties.reportPlaceholder")}
      />
    </Stack>
  );
}
