import { List, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useIsDesktop } from "../ui/useIsDesktop.js";

export type Series<K extends string> = { key: K; label: string; color: string };
export type BarRow<K extends string> = { id: string; label: string; values: Record<K, number> };

export const rowTotal = <K extends string>(r: BarRow<K>, series: readonly Series<K>[]) =>
  series.reduce((sum, s) => sum + r.values[s.key], 0);

/**
 * A chart's numbers as text, which is what a screen reader reads (the drawing is hidden from it):
 * a small table on wide screens; on a phone one line per row ("Perencanaan 7 · Pelaksanaan 4 ·
 * Jumlah 11"), as the staff lists do, so nothing scrolls sideways.
 */
export function Counts<K extends string>({
  title,
  rows,
  series,
}: {
  title: string;
  rows: BarRow<K>[];
  series: Series<K>[];
}) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  if (!desktop) {
    return (
      <List aria-label={title} listStyleType="none" spacing={6} size="sm">
        {rows.map((r) => (
          <List.Item key={r.id}>
            <Stack gap={0}>
              <Text size="sm" fw={500}>
                {r.label}
              </Text>
              <Text size="xs" c="dimmed">
                {[
                  ...series.map((s) => `${s.label} ${r.values[s.key]}`),
                  `${t("dashboard.table.total")} ${rowTotal(r, series)}`,
                ].join(" · ")}
              </Text>
            </Stack>
          </List.Item>
        ))}
      </List>
    );
  }
  return (
    <Table fz="xs" verticalSpacing={4} striped aria-label={title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("dashboard.table.name")}</Table.Th>
          {series.map((s) => (
            <Table.Th key={s.key} ta="right">
              {s.label}
            </Table.Th>
          ))}
          <Table.Th ta="right">{t("dashboard.table.total")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.label}</Table.Td>
            {series.map((s) => (
              <Table.Td key={s.key} ta="right">
                {r.values[s.key]}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={600}>
              {rowTotal(r, series)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
