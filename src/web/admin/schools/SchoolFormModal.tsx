import { NativeSelect, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { SCHOOL_LEVELS } from "../../../domain/org/types.js";
import { type ZSchool, ZSchoolInput } from "../../../server/org/contract.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { zodFieldErrors } from "../../ui/zod-errors.js";
import { useCreateSchool, useUpdateSchool } from "./hooks.js";

type School = z.infer<typeof ZSchool>;
type Props = { opened: boolean; onClose: () => void; districtId: string; school?: School };

/** Add a school (admin) or edit one (NPSN is fixed once created). */
export function SchoolFormModal({ opened, onClose, districtId, school }: Props) {
  const { t } = useTranslation();
  const create = useCreateSchool(districtId);
  const update = useUpdateSchool(school?.id ?? "");
  const mutation = school ? update : create;
  const [values, setValues] = useState({
    npsn: school?.npsn ?? "",
    name: school?.name ?? "",
    level: school?.level ?? "SD",
    address: school?.address ?? "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = ZSchoolInput.safeParse(values);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    const done = { onSuccess: onClose };
    if (school) update.mutate({ name: parsed.data.name, level: parsed.data.level, address: parsed.data.address }, done);
    else create.mutate(parsed.data, done);
  };
  const server = fieldErrors(mutation.error);
  const err = (key: string) => errors[key] ?? server[key];

  return (
    <FormModal opened={opened} onClose={onClose} title={school ? t("schools.editTitle") : t("schools.addTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={mutation.error} />
          <TextInput
            label={t("schools.npsn")}
            description={t("schools.npsnHint")}
            inputMode="numeric"
            value={values.npsn}
            onChange={(e) => set("npsn")(e.currentTarget.value)}
            disabled={Boolean(school)}
            error={err("npsn")}
            required
          />
          <TextInput
            label={t("schools.name")}
            value={values.name}
            onChange={(e) => set("name")(e.currentTarget.value)}
            error={err("name")}
            required
          />
          <NativeSelect
            label={t("schools.level")}
            value={values.level}
            onChange={(e) => set("level")(e.currentTarget.value)}
            data={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
            error={err("level")}
          />
          <TextInput
            label={t("schools.address")}
            value={values.address}
            onChange={(e) => set("address")(e.currentTarget.value)}
            error={err("address")}
          />
          <FormActions onCancel={onClose} label={t("common.save")} pending={mutation.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}
