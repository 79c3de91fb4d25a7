import { Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZPerson } from "../../../server/org/contract.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { useUpdatePerson } from "./hooks.js";
import { PersonFields } from "./PersonFields.js";
import { initialValues, type PersonFormValues, parsePerson } from "./person-form.js";

type Person = z.infer<typeof ZPerson>;

export function EditPersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  const [values, setValues] = useState(initialValues(person));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onChange = (key: keyof PersonFormValues, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parsePerson(values);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    update.mutate(parsed.data, { onSuccess: onClose });
  };
  const server = fieldErrors(update.error);

  return (
    <FormModal opened onClose={onClose} title={t("people.editTitle", { name: person.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={update.error} />
          <PersonFields values={values} onChange={onChange} error={(k) => errors[k] ?? server[k]} />
          <FormActions onCancel={onClose} label={t("common.save")} pending={update.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}
