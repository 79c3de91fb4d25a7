import { Alert, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { rhkTotal } from "../../../../domain/planning/rules.js";
import type { StepProps } from "../../plan/types.js";
import { RhkLineCard } from "./RhkLineCard.js";
import { RhkTotal } from "./RhkTotal.js";

/** Step 3: RHK items with a target quantity; points only when the rule set has them (not in 2026). */
export function CompetenceStep({ view, editor, readOnly }: StepProps) {
  const { t } = useTranslation();
  const { rhkItems, settings } = view.ruleSet.content;
  const limits = settings.rhkPoints;
  const lines = editor.content.rhk;
  const chosen = new Set(lines.map((l) => l.code));
  const options = rhkItems
    .filter((i) => !chosen.has(i.code))
    .map((i) => ({
      value: i.code,
      label: limits ? `${i.role} · ${t("planning.competence.points", { n: i.points })}` : i.role,
    }));
  const update = (f: (rhk: typeof lines) => typeof lines) => editor.change((c) => ({ ...c, rhk: f(c.rhk) }));

  return (
    <Stack gap="md">
      {limits ? (
        <Text size="sm">{t("planning.competence.intro", { min: limits.min, max: limits.max })}</Text>
      ) : (
        <Alert color="blue" variant="light">
          {t("planning.competence.noPoints")}
        </Alert>
      )}
      {settings.competenceReflectionText && (
        <Text size="sm" c="dimmed">
          {t("planning.competence.reflection")}
        </Text>
      )}
      {lines.length === 0 && <Text c="dimmed">{t("planning.competence.empty")}</Text>}
      {lines.map((line) => (
        <RhkLineCard
          key={line.code}
          line={line}
          item={rhkItems.find((i) => i.code === line.code)}
          withPoints={limits !== null}
          byReflection={settings.competenceReflectionText}
          readOnly={readOnly}
          onQuantity={(quantity) => update((ls) => ls.map((l) => (l.code === line.code ? { ...l, quantity } : l)))}
          onRemove={() => update((ls) => ls.filter((l) => l.code !== line.code))}
        />
      ))}
      {!readOnly && options.length > 0 && (
        <Select
          label={t("planning.competence.add")}
          placeholder={t("planning.competence.addPlaceholder")}
          data={options}
          value={null}
          searchable
          nothingFoundMessage={t("planning.competence.nothingFound")}
          onChange={(code) => code && update((ls) => [...ls, { code, quantity: 1 }])}
          comboboxProps={{ withinPortal: true }}
          maxDropdownHeight={320}
        />
      )}
      {limits && <RhkTotal total={rhkTotal(lines, view.ruleSet.content)} min={limits.min} max={limits.max} />}
    </Stack>
  );
}
