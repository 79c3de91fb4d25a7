import { Badge, Button, Group, Paper, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SUBJECTS_PER_MEMBER } from "../../../domain/org/tim-kinerja.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { AssignModal } from "./AssignModal.js";
import { useTimMembers } from "./hooks.js";

type Member = { personId: string; name: string; nip: string | null; subjectCount: number };

/** The workload: each member and how many KS and pengawas they observe; none and too many stand out. */
export function MembersView({ districtId }: { districtId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const [q] = useDebouncedValue(query.trim(), 300);
  const [none, setNone] = useState(false);
  const [assigning, setAssigning] = useState<Member | null>(null);
  const members = useTimMembers(districtId, { q, none });
  const list = members.data?.pages.flatMap((p) => p.members) ?? [];
  const summary = members.data?.pages[0]?.summary;
  return (
    <Stack gap="sm">
      <Group gap="md">
        <TextInput
          type="search"
          aria-label={t("timKinerja.searchMembers")}
          placeholder={t("timKinerja.searchMembers")}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: "1 1 220px" }}
        />
        <Switch label={t("timKinerja.onlyNone")} checked={none} onChange={(e) => setNone(e.currentTarget.checked)} />
      </Group>
      {members.isPending && <Loading />}
      <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      {members.isSuccess && list.length === 0 && <Text c="dimmed">{t("timKinerja.noMembers")}</Text>}
      {list.map((m) => (
        <Paper key={m.personId} withBorder p="sm" data-testid="tim-member">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0} style={{ flex: "1 1 180px", minWidth: 0 }}>
              <Text fw={600}>{m.name}</Text>
              <Text size="sm" c="dimmed" className="nip">
                {m.nip ? `NIP ${m.nip}` : t("common.none")}
              </Text>
            </Stack>
            <Badge
              color={m.subjectCount === 0 ? "orange" : m.subjectCount > SUBJECTS_PER_MEMBER ? "red" : "blue"}
              variant="light"
            >
              {m.subjectCount === 0 ? t("timKinerja.noSubjects") : t("timKinerja.subjectCount", { n: m.subjectCount })}
            </Badge>
            <Button size="xs" variant="light" onClick={() => setAssigning(m)}>
              {t("timKinerja.assign")}
            </Button>
          </Group>
        </Paper>
      ))}
      {list.length > 0 && (
        <LoadMore
          pages={members}
          shown={list.length}
          total={q ? undefined : none ? summary?.membersWithout : summary?.members}
        />
      )}
      {assigning && <AssignModal districtId={districtId} member={assigning} onClose={() => setAssigning(null)} />}
    </Stack>
  );
}
