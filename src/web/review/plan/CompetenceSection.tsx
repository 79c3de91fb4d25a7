import { Badge, Card, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { rhkTotal } from "../../../domain/planning/rules.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";
import { Section } from "./Section.js";
import type { SectionProps } from "./types.js";

/** Step 3: RHK items; with points (2024/2025 rules) the total and its allowed range. */
export function CompetenceSection({ view, content }: SectionProps) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const rs = view.ruleSet.content;
  const limits = rs.settings.rhkPoints;
  const total = rhkTotal(content.rhk, rs);
  const inRange = limits ? total >= limits.min && total <= limits.max : true;
  const lines = content.rhk.map((l) => ({ ...l, item: rs.rhkItems.find((i) => i.code === l.code) }));
  const points = (l: (typeof lines)[number]) => (l.item ? l.item.points * (l.quantity ?? 0) : 0);

  return (
    <Section n={3} title={t("review.steps.kompetensi")}>
      {lines.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("review.rhkEmpty")}
        </Text>
      )}
      {lines.length > 0 && desktop && (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("review.rhkItem")}</Table.Th>
              <Table.Th>{t("review.rhkUnit")}</Table.Th>
              <Table.Th>{t("review.rhkQuantity")}</Table.Th>
              {limits && <Table.Th ta="right">{t("review.rhkPoints")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l) => (
              <Table.Tr key={l.code}>
                <Table.Td>{l.item?.role ?? l.code}</Table.Td>
                <Table.Td>{l.item?.unit ?? ""}</Table.Td>
                <Table.Td>{l.quantity ?? "—"}</Table.Td>
                {limits && <Table.Td ta="right">{points(l)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {lines.length > 0 && !desktop && (
        <Stack gap="xs">
          {lines.map((l) => (
            <Card key={l.code} padding="xs" bg="var(--kinerja-panel)">
              <Text size="sm" fw={600}>
                {l.item?.role ?? l.code}
              </Text>
              <Text size="xs" c="dimmed">
                {l.item?.unit}
              </Text>
              <Text size="sm">
                {t("review.rhkQuantity")}: {l.quantity ?? "—"}
                {limits && ` · ${t("review.pointsValue", { n: points(l) })}`}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      {limits && (
        <Group gap="xs" justify="space-between">
          <Text fw={700}>{t("review.rhkTotal", { total })}</Text>
          <Badge
            color={inRange ? "teal" : "orange"}
            variant="light"
            h="auto"
            styles={{ label: { whiteSpace: "normal", overflow: "visible" } }}
          >
            {t(inRange ? "review.rhkInRange" : "review.rhkOutOfRange", { min: limits.min, max: limits.max })}
          </Badge>
        </Group>
      )}
    </Section>
  );
}
