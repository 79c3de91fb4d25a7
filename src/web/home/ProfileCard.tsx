import { Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Me } from "../../server/me/contract.js";
import { correctionHandlerName } from "../app/access.js";
import { CorrectionOutcome } from "./CorrectionOutcome.js";

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

/** DOMAIN.md §3 step 1: the data a pegawai checks before planning. */
export function ProfileCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const p = me.person;
  const school =
    me.myCycles.find((c) => c.schoolName)?.schoolName ?? me.hats.find((h) => h.schoolName)?.schoolName ?? null;
  const status = p.employmentStatus;
  const statusLabel =
    status === "PNS" || status === "PPPK" || status === "NON_ASN" ? t(`employmentStatus.${status}`) : status;
  const dash = t("common.none");
  return (
    <Card>
      <Title order={2} fz="h4" mb={4}>
        {t("mine.profile")}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t("mine.profileHint", { handler: correctionHandlerName(t, me) })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
        <Field label={t("mine.name")} value={p.name} />
        <Field label={t("mine.nip")} value={p.nip ?? dash} nip />
        <Field label={t("mine.employmentStatus")} value={statusLabel || dash} />
        <Field label={t("mine.rank")} value={p.rank || dash} />
        <Field label={t("mine.positionLevel")} value={p.positionLevel || dash} />
        <Field label={t("mine.school")} value={school ?? dash} />
      </SimpleGrid>
      {me.correction && <CorrectionOutcome correction={me.correction} handler={correctionHandlerName(t, me)} />}
    </Card>
  );
}
