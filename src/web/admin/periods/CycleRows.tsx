import { Anchor, Card, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { z } from "zod";
import type { ZCycleRow } from "../../../server/periods/contract.js";
import { reviewPath, useBackState } from "../../review/paths.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";

export type CycleRow = z.infer<typeof ZCycleRow>;

function usePhaseLabel() {
  const { t } = useTranslation();
  return (phase: string) =>
    phase === "perencanaan" || phase === "pelaksanaan" || phase === "penilaian" || phase === "selesai"
      ? t(`phase.${phase}`)
      : phase;
}

/** Cycles of a period: who, which track, atasan and Tim Kinerja. */
export function CycleRows({ cycles }: { cycles: CycleRow[] }) {
  const { t } = useTranslation();
  const back = useBackState("admin.periods");
  const desktop = useIsDesktop();
  const phaseLabel = usePhaseLabel();
  const dash = t("common.none");
  const kind = (k: string | null) =>
    k === "principal" || k === "acting_principal" || k === "head_of_district" ? t(`superiorKind.${k}`) : null;
  const superior = (c: CycleRow) =>
    c.superiorName ? (
      <>
        {c.superiorName}
        {kind(c.superiorKind) && (
          <Text span size="xs" c="dimmed" display="block">
            {kind(c.superiorKind)}
          </Text>
        )}
      </>
    ) : (
      <Text span c="red" size="sm" fw={600}>
        {t("periods.needsAction")}
      </Text>
    );

  if (!desktop) {
    return (
      <Stack gap="xs">
        {cycles.map((c) => (
          <Card key={c.cycleId} padding="sm">
            <Anchor component={Link} to={reviewPath(c.cycleId)} state={back} fw={600}>
              {c.name}
            </Anchor>
            <Text size="sm">{[t(`track.${c.track}`), c.schoolName].filter(Boolean).join(" · ")}</Text>
            <Text size="sm" component="div">
              {t("periods.superior")}: {superior(c)}
            </Text>
            {c.assessorNames.length > 0 && (
              <Text size="xs" c="dimmed">
                {t("periods.timKinerja")}: {c.assessorNames.join(", ")}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {phaseLabel(c.phase)}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("staff.name")}</Table.Th>
          <Table.Th style={{ whiteSpace: "nowrap" }}>{t("staff.track")}</Table.Th>
          <Table.Th>{t("staff.school")}</Table.Th>
          <Table.Th>{t("periods.superior")}</Table.Th>
          <Table.Th>{t("periods.timKinerja")}</Table.Th>
          <Table.Th>{t("staff.phase")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cycles.map((c) => (
          <Table.Tr key={c.cycleId}>
            <Table.Td fw={500}>
              <Anchor component={Link} to={reviewPath(c.cycleId)} state={back}>
                {c.name}
              </Anchor>
              {c.nip && (
                <Text size="xs" c="dimmed" className="nip">
                  {c.nip}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`track.${c.track}`)}</Table.Td>
            <Table.Td>{c.schoolName ?? dash}</Table.Td>
            <Table.Td>{superior(c)}</Table.Td>
            <Table.Td>{c.assessorNames.join(", ") || dash}</Table.Td>
            {/* One word: at 1280 px it broke mid-word ("Perencan / aan") when the names were long. */}
            <Table.Td style={{ whiteSpace: "nowrap" }}>{phaseLabel(c.phase)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
