import { Badge, Button, CloseButton, Group, Paper, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { useTimSubjects, useUnassignTim } from "./hooks.js";
import { PickMemberModal } from "./PickMemberModal.js";

type Subject = { personId: string; name: string };

/** The KS and pengawas with the members named for them; those without stand out and get one here. */
export function SubjectsView({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const [q] = useDebouncedValue(query.trim(), 300);
  const [none, setNone] = useState(false);
  const [picking, setPicking] = useState<Subject | null>(null);
  const subjects = useTimSubjects(districtId, { q, none });
  const unassign = useUnassignTim(districtId);
  const list = subjects.data?.pages.flatMap((p) => p.subjects) ?? [];
  return (
    <Stack gap="sm">
      <Group gap="md">
        <TextInput
          type="search"
          aria-label={t("timKinerja.searchSubjects")}
          placeholder={t("timKinerja.searchSubjects")}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: "1 1 220px" }}
        />
        <Switch
          label={t("timKinerja.onlyUnassigned")}
          checked={none}
          onChange={(e) => setNone(e.currentTarget.checked)}
        />
      </Group>
      {subjects.isPending && <Loading />}
      <ErrorAlert error={subjects.error ?? unassign.error} onRetry={() => void subjects.refetch()} />
      {subjects.isSuccess && list.length === 0 && <Text c="dimmed">{t("timKinerja.noSubjectsFound")}</Text>}
      {list.map((s) => (
        <Paper key={s.personId} withBorder p="sm" data-testid="tim-subject">
          <Stack gap={6}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0} style={{ flex: "1 1 180px", minWidth: 0 }}>
                <Text fw={600}>{s.name}</Text>
                <Text size="sm" c="dimmed">
                  {t(`timKinerja.role.${s.role}`)}
                  {s.schoolName ? ` · ${s.schoolName}` : ""}
                </Text>
              </Stack>
              <Button size="xs" variant="light" onClick={() => setPicking(s)}>
                {t("timKinerja.addMember")}
              </Button>
            </Group>
            <Group gap={6}>
              {s.members.length === 0 && (
                <Badge color="red" variant="light">
                  {t("timKinerja.noMember")}
                </Badge>
              )}
              {s.members.map((m) => (
                <Badge
                  key={m.personId}
                  variant="outline"
                  pr={3}
                  rightSection={
                    <CloseButton
                      size="xs"
                      aria-label={t("timKinerja.unassign", { name: m.name })}
                      disabled={unassign.isPending}
                      onClick={() => unassign.mutate({ memberId: m.personId, subjectId: s.personId })}
                    />
                  }
                >
                  {m.name}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Paper>
      ))}
      {list.length > 0 && <LoadMore pages={subjects} shown={list.length} />}
      {picking && <PickMemberModal districtId={districtId} subject={picking} onClose={() => setPicking(null)} />}
    </Stack>
  );
}
