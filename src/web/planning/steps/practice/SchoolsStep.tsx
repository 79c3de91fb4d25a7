import { Alert, Badge, Checkbox, Group, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PENGAWAS_SCHOOL_COUNT } from "../../../../domain/planning/rules.js";
import type { StepProps } from "../../plan/types.js";

/** Step 2 (pengawas): exactly three of the schools they supervise, to accompany this year. */
export function SchoolsStep({ view, editor, readOnly }: StepProps) {
  const { t } = useTranslation();
  const chosen = editor.content.schoolIds;
  const schools = view.supervisedSchools;
  const full = chosen.length >= PENGAWAS_SCHOOL_COUNT;

  if (readOnly) {
    const names = schools.filter((s) => chosen.includes(s.id)).map((s) => s.name);
    return names.length === 0 ? (
      <Text c="dimmed">{t("planning.notChosen")}</Text>
    ) : (
      <List>
        {names.map((n) => (
          <List.Item key={n}>{n}</List.Item>
        ))}
      </List>
    );
  }
  if (schools.length === 0) return <Alert color="orange">{t("planning.schools.none")}</Alert>;
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t("planning.schools.intro", { count: PENGAWAS_SCHOOL_COUNT })}</Text>
        <Badge color={chosen.length === PENGAWAS_SCHOOL_COUNT ? "teal" : "gray"} variant="light" size="lg">
          {t("planning.schools.counter", { n: chosen.length, total: PENGAWAS_SCHOOL_COUNT })}
        </Badge>
      </Group>
      <Checkbox.Group
        value={chosen}
        onChange={(ids) => editor.change((c) => ({ ...c, schoolIds: ids.slice(0, PENGAWAS_SCHOOL_COUNT) }))}
        label={t("planning.schools.label")}
      >
        <Stack gap="xs" mt="xs">
          {schools.map((s) => (
            <Checkbox key={s.id} value={s.id} label={s.name} disabled={full && !chosen.includes(s.id)} size="md" />
          ))}
        </Stack>
      </Checkbox.Group>
      {schools.length < PENGAWAS_SCHOOL_COUNT && (
        <Alert color="orange">{t("planning.schools.tooFew", { count: PENGAWAS_SCHOOL_COUNT })}</Alert>
      )}
    </Stack>
  );
}
