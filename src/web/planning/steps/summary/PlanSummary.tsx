import { Anchor, Group, List, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PlanContent, PlanStep } from "../../../../domain/planning/content.js";
import { rhkTotal } from "../../../../domain/planning/rules.js";
import type { PlanView } from "../../../../server/planning/contract.js";
import { correctionHandler, stepLabel } from "../../plan/labels.js";

type Props = { view: PlanView; content: PlanContent; goTo?: (step: PlanStep) => void };

function Section({ title, onEdit, children }: { title: string; onEdit?: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" gap="xs" mb={4}>
        <Text fw={700} size="sm">
          {title}
        </Text>
        {onEdit && (
          <Anchor component="button" type="button" size="sm" onClick={onEdit}>
            {t("common.edit")}
          </Anchor>
        )}
      </Group>
      {children}
    </Paper>
  );
}

/** The whole plan on one page (also used for archived revisions in the history). */
export function PlanSummary({ view, content, goTo }: Props) {
  const { t } = useTranslation();
  const { track } = view.cycle;
  const rs = view.ruleSet.content;
  const label = (s: PlanStep) => stepLabel(t, s, track);
  const edit = (s: PlanStep) => (goTo ? () => goTo(s) : undefined);
  const indicators = track === "kepala_sekolah" ? rs.leadershipIndicators : rs.practiceIndicators;
  const indicator = indicators.find((i) => i.code === content.indicatorCode);
  const schools = view.supervisedSchools.filter((s) => content.schoolIds.includes(s.id));
  const limits = rs.settings.rhkPoints;
  const notes = rs.behaviourAspects.filter((a) => content.behaviourNotes[a.code]?.trim());
  const none = (
    <Text size="sm" c="dimmed">
      {t("planning.notChosen")}
    </Text>
  );

  return (
    <Stack gap="sm">
      <Section title={label("profil")} onEdit={edit("profil")}>
        <Text size="sm">
          {content.profileConfirmed
            ? t("planning.profile.confirmed")
            : view.correctionReported
              ? t("planning.profile.reported", { handler: correctionHandler(t, track) })
              : t("planning.profile.notYet")}
        </Text>
      </Section>
      <Section title={label("praktik")} onEdit={edit("praktik")}>
        {track === "pengawas" ? (
          schools.length ? (
            <List size="sm">
              {schools.map((s) => (
                <List.Item key={s.id}>{s.name}</List.Item>
              ))}
            </List>
          ) : (
            none
          )
        ) : indicator ? (
          <Text size="sm">{indicator.name}</Text>
        ) : (
          none
        )}
      </Section>
      <Section title={label("kompetensi")} onEdit={edit("kompetensi")}>
        {content.rhk.length === 0 ? (
          none
        ) : (
          <List size="sm" spacing={2}>
            {content.rhk.map((l) => {
              const item = rs.rhkItems.find((i) => i.code === l.code);
              const pts =
                limits && item ? ` · ${t("planning.competence.points", { n: item.points * (l.quantity ?? 0) })}` : "";
              return <List.Item key={l.code}>{`${item?.role ?? l.code} × ${l.quantity ?? "—"}${pts}`}</List.Item>;
            })}
          </List>
        )}
        {limits && (
          <Text size="sm" fw={600} mt={4}>
            {t("planning.competence.total", { total: rhkTotal(content.rhk, rs), min: limits.min, max: limits.max })}
          </Text>
        )}
      </Section>
      <Section title={label("tugas")} onEdit={edit("tugas")}>
        {content.noDuties ? (
          <Text size="sm">{t("planning.duties.none")}</Text>
        ) : content.duties.length === 0 ? (
          none
        ) : (
          <List size="sm" spacing={2}>
            {content.duties.map((d) => (
              <List.Item key={d.name}>
                {`${d.name}: ${t("planning.duties.targetSummary", { quantity: d.targetQuantity ?? "—", unit: d.targetUnit, months: d.targetMonths ?? "—" })}`}
                {d.skFileId ? ` · ${t("planning.duties.skUploaded")}` : ""}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={label("perilaku")} onEdit={edit("perilaku")}>
        {notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("planning.behaviour.noNotes")}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {notes.map((a) => (
              <List.Item key={a.code}>{`${a.name}: ${content.behaviourNotes[a.code]}`}</List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}
