import { ActionIcon, Group, SimpleGrid, Stack, Text, UnstyledButton } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatMonth } from "../ui/format.js";
import { addMonths, monthGrid } from "./month.js";

type Item = { cycleId: string; date: string };

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * A month of observations, Monday first: a day with observations shows how many and, tapped,
 * selects that day; the list below shows the selected day (or the whole month).
 */
export function ObservationCalendar<T extends Item>({
  items,
  start,
  children,
}: {
  items: readonly T[];
  start: string;
  children: (shown: readonly T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(start.slice(0, 7));
  const [day, setDay] = useState<string | null>(null);
  const count = new Map<string, number>();
  for (const i of items) count.set(i.date, (count.get(i.date) ?? 0) + 1);
  const shown = items.filter((i) => (day ? i.date === day : i.date.startsWith(month)));
  const go = (n: number) => {
    setMonth(addMonths(month, n));
    setDay(null);
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <ActionIcon variant="light" size="lg" aria-label={t("practice.calendar.previous")} onClick={() => go(-1)}>
          ‹
        </ActionIcon>
        <Text fw={600} aria-live="polite">
          {formatMonth(month)}
        </Text>
        <ActionIcon variant="light" size="lg" aria-label={t("practice.calendar.next")} onClick={() => go(1)}>
          ›
        </ActionIcon>
      </Group>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {DAYS.map((d) => (
          <Text key={d} size="xs" c="dimmed" ta="center">
            {t(`practice.calendar.day.${d}`)}
          </Text>
        ))}
        {monthGrid(month)
          .flat()
          .map((date, i) => {
            // biome-ignore lint/suspicious/noArrayIndexKey: the padding cells have no date; their place is fixed.
            if (!date) return <div key={`pad-${i}`} />;
            const n = count.get(date) ?? 0;
            const selected = day === date;
            return (
              <UnstyledButton
                key={date}
                onClick={() => setDay(selected ? null : date)}
                disabled={n === 0}
                aria-pressed={selected}
                aria-label={
                  n > 0 ? t("practice.calendar.dayWith", { date: formatDate(date), count: n }) : formatDate(date)
                }
                style={{
                  minHeight: 44,
                  borderRadius: 8,
                  textAlign: "center",
                  background: selected
                    ? "var(--mantine-color-teal-6)"
                    : n > 0
                      ? "var(--mantine-color-teal-light)"
                      : undefined,
                  color: selected ? "var(--mantine-color-white)" : undefined,
                }}
              >
                <Text size="sm" fw={n > 0 ? 700 : 400}>
                  {Number(date.slice(8))}
                </Text>
                {n > 0 && (
                  <Text size="xs" lh={1}>
                    {"•".repeat(Math.min(n, 3))}
                  </Text>
                )}
              </UnstyledButton>
            );
          })}
      </SimpleGrid>
      {shown.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("practice.calendar.none")}
        </Text>
      )}
      {children(shown)}
    </Stack>
  );
}
