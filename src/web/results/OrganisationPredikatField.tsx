import { List, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { capsOf } from "../../domain/assessment/distribution.js";
import { ORGANISATION_PREDIKATS, type OrganisationPredikat } from "../../domain/assessment/scale.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { useSetOrganisationPredikat } from "./hooks.js";
import { capText } from "./texts.js";

type Props = { periodId: string; value: OrganisationPredikat | null; editable: boolean };

/** The organisation predikat: chosen by the district admin until the results are final; everyone here reads its caps. */
export function OrganisationPredikatField({ periodId, value, editable }: Props) {
  const { t } = useTranslation();
  const set = useSetOrganisationPredikat(periodId);
  const shown = set.isPending ? (set.variables ?? value) : value;
  return (
    <Stack gap={6}>
      {editable ? (
        <Select
          label={t("results.organisation.label")}
          placeholder={t("results.organisation.placeholder")}
          data={ORGANISATION_PREDIKATS.map((p) => ({ value: p, label: t(`results.orgPredikat.${p}`) }))}
          value={shown}
          onChange={(v) => v && v !== value && set.mutate(v as OrganisationPredikat)}
          allowDeselect={false}
          disabled={set.isPending}
          maw={360}
        />
      ) : (
        <Text size="sm">
          {t("results.organisation.label")}: <b>{value ? t(`results.orgPredikat.${value}`) : "—"}</b>
        </Text>
      )}
      <ErrorAlert error={set.error} />
      {shown ? (
        <>
          <Text size="sm" c="dimmed">
            {t("results.organisation.capsTitle", { name: t(`results.orgPredikat.${shown}`) })}
          </Text>
          <List size="sm" spacing={2}>
            {capsOf(shown).map((c) => (
              <List.Item key={`${c.code}-${c.predikats.join("+")}`}>{capText(t, c)}</List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t("results.organisation.notSet")}
        </Text>
      )}
    </Stack>
  );
}
