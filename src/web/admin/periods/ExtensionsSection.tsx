import { Badge, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PeriodWindows } from "../../../domain/cycles/phase.js";
import type { ExtensionDto } from "../../../server/extensions/contract.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { formatDate } from "../../ui/format.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";
import { ExtensionModal } from "./ExtensionModal.js";
import { useExtensions } from "./extension-hooks.js";

type Period = PeriodWindows & { id: string; districtId: string };

/** Planning extensions for one school or one person, and the form to add one. */
export function ExtensionsSection({ period }: { period: Period }) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const extensions = useExtensions(period.id);
  const [adding, setAdding] = useState(false);
  const list = (extensions.data?.extensions ?? []).filter((e) => e.scope !== "district");
  const target = (e: ExtensionDto) => (e.scope === "school" ? e.schoolName : e.personName) ?? t("common.none");
  const scope = (e: ExtensionDto) => (
    <Badge variant="light" color={e.scope === "school" ? "blue" : "grape"}>
      {t(`periodExtensions.scope.${e.scope === "school" ? "school" : "person"}`)}
    </Badge>
  );

  return (
    <Stack gap="xs">
      {adding && <ExtensionModal period={period} onClose={() => setAdding(false)} />}
      <Group justify="space-between" gap="xs">
        <Title order={2} fz="h4">
          {t("periodExtensions.title")} ({list.length})
        </Title>
        <Button size="sm" variant="light" onClick={() => setAdding(true)}>
          {t("periodExtensions.add")}
        </Button>
      </Group>
      <ErrorAlert error={extensions.error} onRetry={() => void extensions.refetch()} />
      {extensions.isSuccess && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("periodExtensions.empty")}
        </Text>
      )}
      {list.length > 0 && desktop && (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("periodExtensions.for")}</Table.Th>
              <Table.Th>{t("periodExtensions.closesOn")}</Table.Th>
              <Table.Th>{t("periodExtensions.reason")}</Table.Th>
              <Table.Th>{t("periodExtensions.by")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Group gap="xs">
                    {scope(e)}
                    <Text size="sm" fw={500}>
                      {target(e)}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>{formatDate(e.closesOn)}</Table.Td>
                <Table.Td>{e.reason}</Table.Td>
                <Table.Td>
                  {e.createdByName ?? t("common.none")}
                  <Text size="xs" c="dimmed">
                    {formatDate(e.createdAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.length > 0 && !desktop && (
        <Stack gap="xs">
          {list.map((e) => (
            <Card key={e.id} padding="sm">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                {scope(e)}
                <Text size="sm" fw={600}>
                  {target(e)}
                </Text>
              </Group>
              <Text size="sm">{t("periodExtensions.until", { date: formatDate(e.closesOn) })}</Text>
              <Text size="sm" c="dimmed">
                {e.reason}
              </Text>
              <Text size="xs" c="dimmed">
                {e.createdByName ?? t("common.none")} · {formatDate(e.createdAt)}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
