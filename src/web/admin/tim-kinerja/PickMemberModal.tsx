import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { useFocusBackOnUnmount } from "../../ui/useFocusBack.js";
import { useAssignTim, useTimMembers } from "./hooks.js";

type Props = { districtId: string; subject: { personId: string; name: string }; onClose: () => void };

/** Names one member for one KS or pengawas; the picker searches the team on the server and shows each one's load. */
export function PickMemberModal({ districtId, subject, onClose }: Props) {
  const { t } = useTranslation();
  useFocusBackOnUnmount(); // closed by unmounting: focus back to the opener
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [memberId, setMemberId] = useState<string | null>(null);
  const members = useTimMembers(districtId, { q: memberId ? "" : q, none: false });
  const assign = useAssignTim(districtId);
  const options = (members.data?.pages[0]?.members ?? [])
    // Never offered for themselves (the server refuses it too).
    .filter((m) => m.personId !== subject.personId)
    .map((m) => ({ value: m.personId, label: `${m.name} (${t("timKinerja.subjectCount", { n: m.subjectCount })})` }));
  const save = () => {
    if (!memberId) return;
    assign.mutate({ memberId, subjectIds: [subject.personId] }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t("timKinerja.addMemberFor", { name: subject.name })} fullScreen={false}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("timKinerja.addMemberHelp")}
        </Text>
        <Select
          label={t("timKinerja.member")}
          placeholder={t("timKinerja.searchMembers")}
          searchable
          data={options}
          filter={({ options: shown }) => shown}
          searchValue={search}
          onSearchChange={setSearch}
          value={memberId}
          onChange={setMemberId}
          nothingFoundMessage={t("timKinerja.noMembers")}
          comboboxProps={{ withinPortal: true }}
        />
        <ErrorAlert error={assign.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={save} disabled={!memberId} loading={assign.isPending}>
            {t("timKinerja.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
