import { Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type DutyLine, ZDutyLine } from "../../../../domain/planning/content.js";
import { LimitedTextInput } from "../../../ui/LimitedText.js";
import { textLimit } from "../../../ui/text-limit.js";
import { WholeNumberInput } from "../../../ui/WholeNumberInput.js";
import { SkUpload } from "./SkUpload.js";

type Props = {
  duty: DutyLine;
  required: boolean;
  readOnly: boolean;
  onChange: (patch: Partial<DutyLine>) => void;
};

/** "Satuan" is cut at the schema's limit: the field says so while typing. */
const UNIT_MAX = textLimit(ZDutyLine.shape.targetUnit) ?? 50;

/** Targets and SK of one additional duty. */
export function DutyCard({ duty, required, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  if (readOnly)
    return (
      <Paper withBorder p="sm" radius="md">
        <Stack gap={4}>
          <Text fw={600}>{duty.name}</Text>
          <Text size="sm">
            {t("planning.duties.targetSummary", {
              quantity: duty.targetQuantity ?? "—",
              unit: duty.targetUnit,
              months: duty.targetMonths ?? "—",
            })}
          </Text>
          <SkUpload fileId={duty.skFileId} required={required} readOnly dutyName={duty.name} onChange={() => {}} />
        </Stack>
      </Paper>
    );
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="sm">
        <Text fw={600}>{duty.name}</Text>
        <Group gap="xs" align="flex-start" grow>
          <WholeNumberInput
            label={t("planning.duties.quantity")}
            aria-label={`${t("planning.duties.quantity")}: ${duty.name}`}
            value={duty.targetQuantity}
            min={1}
            max={1000}
            onChange={(targetQuantity) => onChange({ targetQuantity })}
            size="md"
          />
          <LimitedTextInput
            label={t("planning.duties.unit")}
            aria-label={`${t("planning.duties.unit")}: ${duty.name}`}
            placeholder={t("planning.duties.unitPlaceholder")}
            value={duty.targetUnit}
            max={UNIT_MAX}
            onChange={(e) => onChange({ targetUnit: e.currentTarget.value })}
          />
        </Group>
        <WholeNumberInput
          label={t("planning.duties.months")}
          aria-label={`${t("planning.duties.months")}: ${duty.name}`}
          description={t("planning.duties.monthsHint")}
          value={duty.targetMonths}
          min={1}
          max={12}
          onChange={(targetMonths) => onChange({ targetMonths })}
          size="md"
          maw={220}
        />
        <SkUpload
          fileId={duty.skFileId}
          required={required}
          readOnly={false}
          dutyName={duty.name}
          onChange={(skFileId) => onChange({ skFileId })}
        />
      </Stack>
    </Paper>
  );
}
