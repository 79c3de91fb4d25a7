import { Badge, Card, Group, List, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OrganisationPredikat } from "../../domain/assessment/scale.js";
import { PREDIKATS } from "../../domain/assessment/scale.js";
import type { Results } from "../../server/assessment/contract.js";
import { useIsDesktop } from "../ui/useIsDesktop.js";
import { violationText } from "./texts.js";

type School = Results["schools"][number];
type Props = { schools: Results["schools"]; organisation: OrganisationPredikat | null };

function Warnings({ school, organisation }: { school: School; organisation: OrganisationPredikat | null }) {
  const { t } = useTranslation();
  if (school.violations.length === 0) return null;
  return (
    <List size="xs" c="red" spacing={2}>
      {school.violations.map((v) => (
        <List.Item key={`${v.code}-${v.predikats.join("+")}`}>{violationText(t, v, organisation)}</List.Item>
      ))}
    </List>
  );
}

/** A phone: one card per school, the counts in a grid, its broken caps under them. */
function SchoolCard({ school, organisation }: { school: School; organisation: OrganisationPredikat | null }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="school-result">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: "anywhere" }}>
              {school.name ?? t("results.schools.noSchool")}
            </Text>
            {school.npsn && (
              <Text size="xs" c="dimmed">
                {t("results.schools.npsn", { npsn: school.npsn })}
              </Text>
            )}
          </Stack>
          {organisation && school.rated > 0 && (
            <Badge color={school.violations.length ? "red" : "teal"} variant="light" style={{ flexShrink: 0 }}>
              {school.violations.length ? t("results.schools.broken") : t("results.schools.ok")}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={3} spacing={4} verticalSpacing={2}>
          {PREDIKATS.map((p) => (
            <Text key={p} size="xs">
              {t(`results.short.${p}`)}: <b>{school.counts[p]}</b>
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            {t("results.figures.without")}: <b>{school.withoutResult}</b>
          </Text>
        </SimpleGrid>
        <Warnings school={school} organisation={organisation} />
      </Stack>
    </Card>
  );
}

/** Each school's counts and the caps it breaks: a table from a tablet up, cards on a phone. */
export function SchoolResults({ schools, organisation }: Props) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  if (!desktop) {
    return (
      <Stack gap="xs">
        {schools.map((s) => (
          <SchoolCard key={s.schoolId ?? "none"} school={s} organisation={organisation} />
        ))}
      </Stack>
    );
  }
  return (
    <Table striped withTableBorder verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("results.schools.school")}</Table.Th>
          {[
            t("results.figures.rated"),
            ...PREDIKATS.map((p) => t(`results.short.${p}`)),
            t("results.figures.without"),
          ].map((label) => (
            // Headings wrap between words, never inside one: the school's name takes what is left.
            <Table.Th key={label} ta="right" style={{ width: "1%", wordBreak: "normal", overflowWrap: "normal" }}>
              {label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {schools.map((s) => (
          <Table.Tr key={s.schoolId ?? "none"} data-testid="school-result">
            <Table.Td>
              <Text size="sm" fw={500}>
                {s.name ?? t("results.schools.noSchool")}
              </Text>
              <Warnings school={s} organisation={organisation} />
            </Table.Td>
            <Table.Td ta="right">{s.rated}</Table.Td>
            {PREDIKATS.map((p) => (
              <Table.Td key={p} ta="right">
                {s.counts[p]}
              </Table.Td>
            ))}
            <Table.Td ta="right">{s.withoutResult}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
