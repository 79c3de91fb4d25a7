import { SegmentedControl, Select, Stack, Text, Textarea } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { addDays, newPhaseOverlaps, type PeriodWindows } from "../../../domain/cycles/phase.js";
import { ZExtensionInput } from "../../../server/extensions/contract.js";
import { DateField } from "../../ui/DateField.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { zodFieldErrors } from "../../ui/zod-errors.js";
import { SchoolSelect } from "../schools/SchoolSelect.js";
import { useCreateExtension } from "./extension-hooks.js";
import { usePeriodCycles } from "./hooks.js";
import { OverlapWarning } from "./OverlapWarning.js";

type Period = PeriodWindows & { id: string; districtId: string };
type Props = { period: Period; onClose: () => void };
type Scope = "school" | "person";

/** A later planning close for one school or one person; the district-wide one is "Perpanjang jadwal". */
export function ExtensionModal({ period, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateExtension(period.id);
  // The server searches the period's cycles (a district has thousands); the picked one stays listed.
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(search === picked?.label ? "" : search.trim(), 300);
  const cycles = usePeriodCycles(period.id, { superior: "any", ...(debounced ? { q: debounced } : {}) });
  const options = (cycles.data?.pages[0]?.cycles ?? []).map((c) => ({
    value: c.personId,
    label: c.schoolName ? `${c.name} · ${c.schoolName}` : c.name,
  }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  const [scope, setScope] = useState<Scope>("person");
  const [v, setV] = useState({ schoolId: "", personId: "", closesOn: addDays(period.planningClosesOn, 7), reason: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [acceptOverlap, setAcceptOverlap] = useState(false);
  // For the people covered the planning window may now run into pelaksanaan: asked as the server asks.
  const overlaps = v.closesOn ? newPhaseOverlaps(period, { ...period, planningClosesOn: v.closesOn }) : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = scope === "school" ? { schoolId: v.schoolId } : { personId: v.personId };
    const parsed = ZExtensionInput.safeParse({
      phase: "perencanaan",
      scope,
      closesOn: v.closesOn,
      reason: v.reason,
      ...target,
      ...(overlaps.length > 0 ? { acceptOverlap } : {}),
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: onClose });
  };
  const server = fieldErrors(create.error);
  const err = (k: string) => errors[k] ?? server[k];

  return (
    <FormModal opened onClose={onClose} title={t("periodExtensions.add")} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("periodExtensions.intro")}
          </Text>
          <ErrorAlert error={create.error ?? cycles.error} />
          <SegmentedControl
            value={scope}
            onChange={(s) => setScope(s === "school" ? "school" : "person")}
            data={[
              { value: "person", label: t("periodExtensions.scope.person") },
              { value: "school", label: t("periodExtensions.scope.school") },
            ]}
            fullWidth
          />
          {scope === "school" ? (
            <SchoolSelect
              districtId={period.districtId}
              label={t("periodExtensions.school")}
              value={v.schoolId || null}
              onChange={(value) => setV({ ...v, schoolId: value ?? "" })}
              error={err("schoolId")}
              required
            />
          ) : (
            <Select
              label={t("periodExtensions.person")}
              placeholder={t("assignments.personSearch")}
              searchable
              limit={50}
              nothingFoundMessage={t("people.empty")}
              filter={({ options: all }) => all}
              searchValue={search}
              onSearchChange={setSearch}
              data={options}
              value={v.personId || null}
              onChange={(value, option) => {
                setPicked(value ? option : null);
                setV({ ...v, personId: value ?? "" });
              }}
              error={err("personId")}
              required
            />
          )}
          <DateField
            label={t("periodExtensions.closesOn")}
            description={t("periodExtensions.closesOnHint")}
            value={v.closesOn}
            min={addDays(period.planningClosesOn, 1)}
            max={period.endsOn}
            onChange={(closesOn) => setV({ ...v, closesOn })}
            error={err("closesOn")}
            required
          />
          <OverlapWarning overlaps={overlaps} accepted={acceptOverlap} onAccept={setAcceptOverlap} />
          <Textarea
            label={t("periodExtensions.reason")}
            value={v.reason}
            onChange={(e) => setV({ ...v, reason: e.currentTarget.value })}
            maxLength={500}
            autosize
            minRows={2}
            error={err("reason")}
            required
          />
          <FormActions
            onCancel={onClose}
            label={t("common.save")}
            pending={create.isPending}
            disabled={overlaps.length > 0 && !acceptOverlap}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
