import { Group, Paper, SimpleGrid, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { QUEUE_STATUSES, STATUS_COLOR, statusLabel } from "./labels.js";
import type { QueueFilter } from "./queue.js";

type Props = {
  counts: Record<string, number>;
  overdue: number;
  filter: QueueFilter;
  onFilter: (f: QueueFilter) => void;
};

/** Small stat cards that double as filters; "Terlambat" stands out when it is not zero. */
export function QueueStats({ counts, overdue, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const toggle = (f: QueueFilter) => onFilter(filter === f ? "all" : f);
  return (
    <>
      <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing="xs">
        {QUEUE_STATUSES.map((s) => (
          <UnstyledButton key={s} onClick={() => toggle(s)} aria-pressed={filter === s}>
            <Paper
              withBorder
              p="xs"
              radius="md"
              h="100%"
              bd={filter === s ? `2px solid var(--mantine-color-${STATUS_COLOR[s]}-6)` : undefined}
            >
              <Text size="xs" c="dimmed" lh={1.3}>
                {statusLabel(t, s)}
              </Text>
              <Text fw={700} fz="xl" c={STATUS_COLOR[s]} data-testid={`count-${s}`}>
                {counts[s] ?? 0}
              </Text>
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <UnstyledButton onClick={() => toggle("overdue")} aria-pressed={filter === "overdue"} disabled={overdue === 0}>
        <Paper
          p="xs"
          radius="md"
          bg={overdue > 0 ? "var(--mantine-color-red-light)" : "var(--kinerja-panel)"}
          bd={filter === "overdue" ? "2px solid var(--mantine-color-red-6)" : undefined}
        >
          <Group gap="xs" wrap="nowrap">
            <Text
              fw={700}
              c={overdue > 0 ? "var(--mantine-color-red-light-color)" : "dimmed"}
              style={{ whiteSpace: "nowrap" }}
            >
              {t("review.overdueCount", { n: overdue })}
            </Text>
            <Text size="xs" c={overdue > 0 ? "var(--mantine-color-red-light-color)" : "dimmed"}>
              {t("review.overdueHint")}
            </Text>
          </Group>
        </Paper>
      </UnstyledButton>
    </>
  );
}
