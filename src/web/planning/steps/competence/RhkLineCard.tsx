import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RHK_QUANTITY, type RhkLine } from "../../../../domain/planning/content.js";
import type { RhkItem } from "../../../../domain/rulesets/types.js";
import { WholeNumberInput } from "../../../ui/WholeNumberInput.js";

type Props = {
  line: RhkLine;
  item: RhkItem | undefined;
  withPoints: boolean;
  /** 2025+: no uploads, a written reflection in the practice's Laporan shows the activity instead. */
  byReflection: boolean;
  readOnly: boolean;
  onQuantity: (quantity: number | null) => void;
  onRemove: () => void;
};

/** One RHK line: "Meningkatnya kompetensi melalui peran sebagai …", its unit, evidence and target. */
export function RhkLineCard({ line, item, withPoints, byReflection, readOnly, onQuantity, onRemove }: Props) {
  const { t } = useTranslation();
  const role = item?.role ?? line.code;
  // An emptied (or not whole) quantity counts nothing: no points beside it, and the field says why.
  const points =
    line.quantity !== null && withPoints && item
      ? t("planning.competence.points", { n: item.points * line.quantity })
      : null;
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
            {line.quantity === null ? t("fields.empty") : t("planning.competence.quantityValue", { n: line.quantity })}
            {points ? ` · ${points}` : ""}
          </Text>
        ) : (
          <Group align="flex-start" gap="xs" justify="space-between" wrap="nowrap">
            <WholeNumberInput
              label={t("planning.competence.quantity")}
              aria-label={`${t("planning.competence.quantity")}: ${role}`}
              value={line.quantity}
              min={RHK_QUANTITY.min}
              max={RHK_QUANTITY.max}
              onChange={onQuantity}
              emptyHint={t("fields.empty")}
              w={150}
              labelProps={{ fz: "sm" }}
              size="md"
            />
            {points && (
              <Text size="sm" fw={600} pt={34} style={{ flex: 1, whiteSpace: "nowrap" }} ta="center">
                {points}
              </Text>
            )}
            <Button
              variant="subtle"
              color="red"
              onClick={onRemove}
              size="sm"
              mt={28}
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
