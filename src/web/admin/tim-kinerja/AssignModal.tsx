import { Badge, Button, CloseButton, Group, List, Modal, MultiSelect, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { useFocusBackOnUnmount } from "../../ui/useFocusBack.js";
import { SchoolSelect } from "../schools/SchoolSelect.js";
import { useAssignTim, useTimSubjects } from "./hooks.js";

type Props = { districtId: string; member: { personId: string; name: string }; onClose: () => void };
type Result = { name: string; schoolName: string | null; outcome: "assigned" | "unchanged" | "noPrincipal" };

/**
 * Bulk assignment for one member: KS and pengawas picked by name, and/or schools (their KS).
 * All or nothing on the server; afterwards one line per choice says what happened.
 */
export function AssignModal({ districtId, member, onClose }: Props) {
  const { t } = useTranslation();
  useFocusBackOnUnmount(); // closed by unmounting: focus back to the opener
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [subjectIds, setSubjectIds] = useState<string[]>([]);
  const [schools, setSchools] = useState<{ id: string; name: string }[]>([]);
  const [results, setResults] = useState<Result[] | null>(null);
  const labels = useRef(new Map<string, string>());
  const subjects = useTimSubjects(districtId, { q, none: false }, 20);
  const assign = useAssignTim(districtId);
  for (const s of subjects.data?.pages[0]?.subjects ?? []) {
    labels.current.set(
      s.personId,
      `${s.name} · ${t(`timKinerja.role.${s.role}`)}${s.schoolName ? ` ${s.schoolName}` : ""}`,
    );
  }
  const shown = (subjects.data?.pages[0]?.subjects ?? []).filter((s) => s.personId !== member.personId);
  const options = [
    ...subjectIds.filter((id) => !shown.some((s) => s.personId === id)),
    ...shown.map((s) => s.personId),
  ].map((id) => ({ value: id, label: labels.current.get(id) ?? id }));
  const save = () =>
    assign.mutate(
      { memberId: member.personId, subjectIds, schoolIds: schools.map((s) => s.id) },
      { onSuccess: (r) => setResults(r.results) },
    );
  return (
    <Modal opened onClose={onClose} title={t("timKinerja.assignTitle", { name: member.name })}>
      {results ? (
        <Stack gap="sm">
          <List spacing={4} size="sm">
            {results.map((r) => (
              <List.Item key={`${r.name}-${r.schoolName ?? ""}`}>
                {r.schoolName ? `${r.schoolName}: ` : ""}
                {r.name}{" "}
                <Badge size="xs" variant="light">
                  {t(`timKinerja.outcome.${r.outcome}`)}
                </Badge>
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("timKinerja.done")}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <MultiSelect
            label={t("timKinerja.pickSubjects")}
            placeholder={t("timKinerja.searchSubjects")}
            searchable
            data={options}
            filter={({ options: all }) => all}
            searchValue={search}
            onSearchChange={setSearch}
            value={subjectIds}
            onChange={setSubjectIds}
            comboboxProps={{ withinPortal: true }}
          />
          <SchoolSelect
            districtId={districtId}
            label={t("timKinerja.pickSchools")}
            value={null}
            clearable
            onChange={(id, name) => {
              if (id && !schools.some((s) => s.id === id)) setSchools([...schools, { id, name: name ?? id }]);
            }}
          />
          {schools.length > 0 && (
            <Group gap={6}>
              {schools.map((s) => (
                <Badge
                  key={s.id}
                  variant="outline"
                  pr={3}
                  rightSection={
                    <CloseButton
                      size="xs"
                      aria-label={t("timKinerja.removeSchool", { name: s.name })}
                      onClick={() => setSchools(schools.filter((x) => x.id !== s.id))}
                    />
                  }
                >
                  {s.name}
                </Badge>
              ))}
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {t("timKinerja.assignHelp")}
          </Text>
          <ErrorAlert error={assign.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button onClick={save} disabled={subjectIds.length + schools.length === 0} loading={assign.isPending}>
              {t("timKinerja.save")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
