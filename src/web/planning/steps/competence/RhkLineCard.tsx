import { Badge, Button, Group, NumberInput, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RhkLine } from "../../../../domain/planning/content.js";
import type { RhkItem } from "../../../../domain/rulesets/types.js";

type Props = {
  line: RhkLine;
  item: RhkItem | undefined;
  withPoints: boolean;
  /** 2025+: no uploads, a written reflection in the practice's Laporan shows the activity instead. */
  byReflection: boolean;
  readOnly: boolean;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
};

/** One RHK line: "Meningkatnya kompetensi melalui peran sebagai …", its unit, evidence and target. */
export function RhkLineCard({ line, item, withPoints, byReflection, readOnly, onQuantity, onRemove }: Props) {
  const { t } = useTranslation();
  const role = item?.role ?? line.code;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t("planning.competence.phrase", { role })}
        </Text>
        {item && (
          <Text size="xs" c="dimmed">
            {t(byReflection ? "planning.competence.unitReflection" : "planning.competence.unitEvidence", {
              unit: item.unit,
              evidence: item.evidence,
            })}
          </Text>
        )}
        <Group gap="xs">
          {withPoints && item && (
            <Badge variant="light" color="gray">
              {t("planning.competence.pointsEach", { points: item.points })}
            </Badge>
          )}
          {item && !item.confirmed && (
            <Text size="xs" c="dimmed">
              {t("planning.unconfirmed")}
            </Text>
          )}
        </Group>
        {readOnly ? (
          <Text size="sm">
            {t("planning.competence.quantityValue", { n: line.quantity })}
            {withPoints && item ? ` · ${t("planning.competence.points", { n: item.points * line.quantity })}` : ""}
          </Text>
        ) : (
          <Group align="flex-end" gap="xs" justify="space-between" wrap="nowrap">
            <NumberInput
              label={t("planning.competence.quantity")}
              aria-label={`${t("planning.competence.quantity")}: ${role}`}
              defaultValue={line.quantity}
              min={1}
              max={50}
              clampBehavior="strict"
              allowDecimal={false}
              allowNegative={false}
              onChange={(v) => typeof v === "number" && v >= 1 && onQuantity(v)}
              w={130}
              labelProps={{ fz: "sm" }}
              size="md"
            />
            {withPoints && item && (
              <Text size="sm" fw={600} pb={10} style={{ flex: 1, whiteSpace: "nowrap" }} ta="center">
                {t("planning.competence.points", { n: item.points * line.quantity })}
              </Text>
            )}
            <Button
              variant="subtle"
              color="red"
              onClick={onRemove}
              size="sm"
              aria-label={t("planning.competence.removeOf", { role })}
            >
              {t("planning.competence.remove")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
