import { Badge, Card, Group, List, Select, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type PeriodChoice = { id: string; name: string };

/** The period shown: its name, or a choice when the district has more than one. */
export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: PeriodChoice[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (periods.length < 2) {
    const only = periods.find((p) => p.id === value);
    return only ? (
      <Text size="sm" c="dimmed">
        {t("dashboard.periodShown", { name: only.name })}
      </Text>
    ) : null;
  }
  return (
    <Select
      label={t("dashboard.period")}
      data={periods.map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      maw={360}
    />
  );
}

/** One number with its name, as the home pages show counts. */
export function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" {...(color && value > 0 ? { c: color } : {})}>
        {value}
      </Text>
    </Card>
  );
}

/** A card of the first few names (links) of a list, its full count, and how many more there are. */
export function NamesCard({
  testId,
  title,
  hint,
  none,
  color,
  count,
  more,
  children,
}: {
  testId: string;
  title: string;
  hint: string;
  none: string;
  color: string;
  count: number;
  more: ReactNode;
  children: ReactNode[];
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Title order={3} fz="md">
            {title}
          </Title>
          <Badge color={color} variant={count > 0 ? "filled" : "light"}>
            {count}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
        {count === 0 ? (
          <Text size="sm">{none}</Text>
        ) : (
          <List spacing={6} listStyleType="none" withPadding={false}>
            {children}
          </List>
        )}
        {count > children.length && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t("dashboard.more", { n: count - children.length })}
            </Text>
            {more}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
