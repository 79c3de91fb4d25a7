import { NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EMPLOYMENT_STATUSES } from "../../../domain/org/types.js";
import type { PersonFormValues } from "./person-form.js";

type Props = {
  values: PersonFormValues;
  onChange: (key: keyof PersonFormValues, value: string) => void;
  error: (key: string) => string | undefined;
};

export function PersonFields({ values, onChange, error }: Props) {
  const { t } = useTranslation();
  const text = (
    key: keyof PersonFormValues,
    label: string,
    extra: { description?: string; inputMode?: "numeric" | "email" } = {},
  ) => (
    <TextInput
      label={label}
      value={values[key]}
      onChange={(e) => onChange(key, e.currentTarget.value)}
      error={error(key)}
      {...extra}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {text("name", t("people.name"))}
      <NativeSelect
        label={t("people.employmentStatus")}
        value={values.employmentStatus}
        onChange={(e) => onChange("employmentStatus", e.currentTarget.value)}
        data={EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: t(`employmentStatus.${s}`) }))}
        error={error("employmentStatus")}
      />
      {text("nip", t("people.nip"), { description: t("people.nipHint"), inputMode: "numeric" })}
      {text("nuptk", t("people.nuptk"), { description: t("people.nuptkHint"), inputMode: "numeric" })}
      {text("email", t("people.email"), { inputMode: "email" })}
      {text("rank", t("people.rank"))}
      {text("positionLevel", t("people.positionLevel"))}
      {text("ptkType", t("people.ptkType"))}
      {text("additionalDuties", t("people.additionalDuties"), { description: t("people.additionalDutiesHint") })}
    </SimpleGrid>
  );
}
