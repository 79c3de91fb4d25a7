import { Alert, Badge, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RaporView } from "../../../server/rapor/contract.js";
import { formatDate } from "../../ui/format.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";

const CATEGORY_COLOR: Record<string, string> = { baik: "teal", sedang: "yellow", kurang: "red" };

/** A school's current Rapor Pendidikan results and the indicator they recommend to its teachers. */
export function RaporResults({ rapor }: { rapor: RaporView }) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const dash = t("common.none");
  const rec = rapor.recommendation;
  const category = (c: string | null) =>
    c ? (
      <Badge color={CATEGORY_COLOR[c.toLowerCase()] ?? "gray"} variant="light">
        {c}
      </Badge>
    ) : (
      dash
    );
  const recommended = (code: string) => rec?.indicatorCode === code;

  if (rapor.results.length === 0) return <Alert color="gray">{t("raporAdmin.noResults")}</Alert>;
  return (
    <Stack gap="sm">
      {rec && (
        <Alert color="teal" title={t("raporAdmin.recommendation")}>
          <Text fw={700}>{rec.indicatorName}</Text>
          <Text size="sm">{t(`raporAdmin.basis.${rec.basis}`)}</Text>
        </Alert>
      )}
      {rapor.importedAt && (
        <Text size="xs" c="dimmed">
          {t("raporAdmin.importedAt", { date: formatDate(rapor.importedAt) })}
        </Text>
      )}
      {desktop ? (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("raporAdmin.indicator")}</Table.Th>
              <Table.Th>{t("raporAdmin.score")}</Table.Th>
              <Table.Th>{t("raporAdmin.category")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rapor.results.map((r) => (
              <Table.Tr key={r.indicatorCode} fw={recommended(r.indicatorCode) ? 700 : undefined}>
                <Table.Td>{r.indicatorName}</Table.Td>
                <Table.Td>{r.score ?? dash}</Table.Td>
                <Table.Td>{category(r.category)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Stack gap={6}>
          {rapor.results.map((r) => (
            <Card key={r.indicatorCode} padding="xs" withBorder={recommended(r.indicatorCode)}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={recommended(r.indicatorCode) ? 700 : 500}>
                  {r.indicatorName}
                </Text>
                <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                  <Text size="sm" fw={700}>
                    {r.score ?? ""}
                  </Text>
                  {category(r.category)}
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
