import { Checkbox, NativeSelect, Select, SimpleGrid, Stack } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ASSIGNMENT_KINDS, SCHOOL_SCOPED_KINDS } from "../../../domain/org/types.js";
import { ZAssignmentInput } from "../../../server/org/contract.js";
import { useToday } from "../../auth/hooks.js";
import { DateField } from "../../ui/DateField.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { zodFieldErrors } from "../../ui/zod-errors.js";
import { useDistrictPeople } from "../people/hooks.js";
import { SchoolSelect } from "../schools/SchoolSelect.js";
import { useCreateAssignment } from "./hooks.js";

export function AddAssignmentModal({ districtId, onClose }: { districtId: string; onClose: () => void }) {
  const { t } = useTranslation();
  // The server searches (a district has thousands of people); the picked one stays listed.
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(search === picked?.label ? "" : search.trim(), 300);
  const people = useDistrictPeople(districtId, debounced);
  const options = (people.data?.pages[0]?.people ?? []).map((p) => ({
    value: p.id,
    label: p.nip ? `${p.name} (${p.nip})` : p.name,
  }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  const create = useCreateAssignment();
  const today = useToday();
  const [v, setV] = useState({
    personId: "",
    kind: "principal",
    schoolId: "",
    acting: false,
    startsOn: today,
    endsOn: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const needsSchool = SCHOOL_SCOPED_KINDS.some((k) => k === v.kind);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = ZAssignmentInput.safeParse({
      ...v,
      districtId,
      schoolId: v.schoolId || null,
      acting: v.kind === "principal" && v.acting,
      endsOn: v.endsOn || null,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: onClose });
  };
  const server = fieldErrors(create.error);
  const err = (k: string) => errors[k] ?? server[k];

  return (
    <FormModal opened onClose={onClose} title={t("assignments.add")}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={create.error ?? people.error} />
          <Select
            label={t("assignments.person")}
            placeholder={t("assignments.personSearch")}
            searchable
            limit={50}
            nothingFoundMessage={t("people.empty")}
            data={options}
            filter={({ options: shown }) => shown}
            searchValue={search}
            onSearchChange={setSearch}
            value={v.personId || null}
            onChange={(value, option) => {
              setPicked(value ? option : null);
              setV({ ...v, personId: value ?? "" });
            }}
            error={err("personId")}
            required
          />
          <NativeSelect
            label={t("assignments.kind")}
            value={v.kind}
            onChange={(e) => setV({ ...v, kind: e.currentTarget.value })}
            data={ASSIGNMENT_KINDS.map((k) => ({ value: k, label: t(`assignmentKind.${k}`) }))}
            error={err("kind")}
          />
          {(needsSchool || v.kind === "tim_kinerja") && (
            <SchoolSelect
              districtId={districtId}
              label={t("assignments.school")}
              clearable={!needsSchool}
              value={v.schoolId || null}
              onChange={(value) => setV({ ...v, schoolId: value ?? "" })}
              error={err("schoolId")}
              required={needsSchool}
            />
          )}
          {v.kind === "principal" && (
            <Checkbox
              label={t("assignments.acting")}
              checked={v.acting}
              onChange={(e) => setV({ ...v, acting: e.currentTarget.checked })}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField
              label={t("assignments.startsOn")}
              value={v.startsOn}
              onChange={(startsOn) => setV({ ...v, startsOn })}
              error={err("startsOn")}
              required
            />
            <DateField
              label={t("assignments.endsOn")}
              description={t("assignments.endsOnHint")}
              value={v.endsOn}
              min={v.startsOn}
              onChange={(endsOn) => setV({ ...v, endsOn })}
              clearable
              error={err("endsOn")}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} label={t("common.save")} pending={create.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}
