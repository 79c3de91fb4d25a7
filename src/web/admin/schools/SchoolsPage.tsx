import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { isDistrictAdmin, PATHS } from "../../app/access.js";
import { useSession } from "../../app/session.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";
import { useDistrictId } from "../district.js";
import { useSchools } from "./hooks.js";
import { SchoolFormModal } from "./SchoolFormModal.js";

export function SchoolsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const districtId = useDistrictId();
  const desktop = useIsDesktop();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const schools = useSchools(districtId, debounced);
  const [adding, setAdding] = useState(false);

  const canAdd = isDistrictAdmin(me) && districtId;
  // The server searches and pages, within the district picked in AdminLayout.
  const list = schools.data?.pages.flatMap((p) => p.schools) ?? [];
  const link = (id: string) => `${PATHS.schools}/${id}`;

  return (
    <Stack gap="md">
      <PageHeader
        title={t("schools.title")}
        actions={canAdd && <Button onClick={() => setAdding(true)}>{t("schools.add")}</Button>}
      />
      {adding && districtId && <SchoolFormModal opened onClose={() => setAdding(false)} districtId={districtId} />}
      <TextInput
        type="search"
        aria-label={t("schools.search")}
        placeholder={t("schools.search")}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {schools.isPending && <Loading />}
      <ErrorAlert error={schools.error} onRetry={() => void schools.refetch()} />
      {schools.isSuccess && list.length === 0 && (
        <Text c="dimmed">{t(debounced ? "common.noMatch" : "schools.empty")}</Text>
      )}
      {desktop ? (
        list.length > 0 && (
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("schools.name")}</Table.Th>
                <Table.Th>{t("schools.npsn")}</Table.Th>
                <Table.Th>{t("schools.level")}</Table.Th>
                <Table.Th>{t("schools.staffCount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={link(s.id)} fw={500}>
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{s.npsn}</Table.Td>
                  <Table.Td>{t(`level.${s.level}`)}</Table.Td>
                  <Table.Td>{s.staffCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : (
        <Stack gap="xs">
          {list.map((s) => (
            <Card key={s.id} component={Link} to={link(s.id)} padding="sm">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600}>{s.name}</Text>
                  <Text size="xs" c="dimmed">
                    {t("schools.npsn")} {s.npsn} · {t("schools.staffCountValue", { n: s.staffCount })}
                  </Text>
                </Stack>
                <Badge variant="light">{t(`level.${s.level}`)}</Badge>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {list.length > 0 && <LoadMore pages={schools} shown={list.length} />}
    </Stack>
  );
}
