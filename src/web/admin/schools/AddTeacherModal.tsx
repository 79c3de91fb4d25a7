import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useToday } from "../../auth/hooks.js";
import { CopyValue } from "../../ui/CopyValue.js";
import { DateField } from "../../ui/DateField.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { PersonFields } from "../people/PersonFields.js";
import { initialValues, type PersonFormValues, parsePerson } from "../people/person-form.js";
import { useCreatePerson } from "./hooks.js";

type Props = { schoolId: string; schoolName: string; onClose: () => void };

/** Adds a teacher and shows the one-time temporary password of the new account. */
export function AddTeacherModal({ schoolId, schoolName, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreatePerson(schoolId);
  const [values, setValues] = useState(initialValues());
  const [startsOn, setStartsOn] = useState(useToday());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onChange = (key: keyof PersonFormValues, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parsePerson(values);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    create.mutate({ ...parsed.data, startsOn });
  };
  const server = fieldErrors(create.error);
  const result = create.data;

  return (
    <FormModal opened onClose={onClose} title={t("people.addTitle", { school: schoolName })}>
      {result ? (
        <Stack gap="md">
          <Alert color="teal">{t("people.created")}</Alert>
          {result.temporaryPassword && (
            <Alert color="yellow" title={t("people.tempPasswordTitle")}>
              <Stack gap="sm">
                <Text size="sm">
                  {t("people.tempPasswordBody", {
                    name: result.person.name,
                    username: result.person.username ?? result.person.nip ?? result.person.email ?? "",
                  })}
                </Text>
                <CopyValue value={result.temporaryPassword} />
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("common.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ErrorAlert error={create.error} />
            <PersonFields values={values} onChange={onChange} error={(k) => errors[k] ?? server[k]} />
            <DateField
              label={t("people.startsOn")}
              value={startsOn}
              onChange={setStartsOn}
              error={server.startsOn}
              maw={240}
            />
            <FormActions onCancel={onClose} label={t("common.save")} pending={create.isPending} />
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
