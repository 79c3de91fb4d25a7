import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMyCorrections } from "../../hooks.js";
import { correctionHandler } from "../../plan/labels.js";
import type { StepProps } from "../../plan/types.js";
import { CorrectionList } from "./CorrectionList.js";
import { CorrectionModal } from "./CorrectionModal.js";

function Field({ label, value, nip = false }: { label: string; value: string; nip?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} className={nip ? "nip" : undefined} style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </Stack>
  );
}

/** Step 1: the staff data, confirmed or reported to the operator. */
export function ProfileStep({ view, editor, readOnly }: StepProps) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState(false);
  const p = view.person;
  const dash = t("common.none");
  const status = p.employmentStatus;
  const statusLabel =
    status === "PNS" || status === "PPPK" || status === "NON_ASN" ? t(`employmentStatus.${status}`) : status;
  const confirmed = editor.content.profileConfirmed;
  const owner = view.viewer.roles.includes("owner");
  const reports = useMyCorrections(owner).data?.corrections ?? [];
  const openReport = view.correctionReported && (reports.length === 0 || reports.some((c) => c.status === "open"));
  const followedUp = owner && reports.some((c) => c.status === "resolved");
  return (
    <Stack gap="md">
      <Card>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
          <Field label={t("mine.name")} value={p.name} />
          <Field label={t("mine.nip")} value={p.nip ?? dash} nip />
          <Field label={t("mine.employmentStatus")} value={statusLabel || dash} />
          <Field label={t("mine.rank")} value={p.rank || dash} />
          <Field label={t("mine.positionLevel")} value={p.positionLevel || dash} />
          <Field label={t("mine.school")} value={p.schoolName ?? dash} />
        </SimpleGrid>
      </Card>
      {confirmed && <Alert color="teal">{t("planning.profile.confirmed")}</Alert>}
      {/* "Sudah dikirim" only while a report is open; once followed up, the guru is asked to check again. */}
      {!confirmed && openReport && (
        <Alert color="blue">
          {t("planning.profile.reported", { handler: correctionHandler(t, view.cycle.track) })}
        </Alert>
      )}
      {!confirmed && !openReport && followedUp && <Alert color="yellow">{t("correctionOutcome.recheck")}</Alert>}
      {!readOnly && (
        <Group gap="xs">
          {!confirmed && (
            <Button onClick={() => editor.change((c) => ({ ...c, profileConfirmed: true }))}>
              {t("planning.profile.confirm")}
            </Button>
          )}
          <Button variant={confirmed ? "default" : "light"} onClick={() => setReporting(true)}>
            {t("planning.profile.report")}
          </Button>
        </Group>
      )}
      {owner && <CorrectionList />}
      <CorrectionModal
        opened={reporting}
        onClose={() => setReporting(false)}
        cycleId={view.cycle.id}
        track={view.cycle.track}
      />
    </Stack>
  );
}
