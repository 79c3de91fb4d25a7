import { Alert, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { correctionHandler } from "../../planning/plan/labels.js";
import { Field, Section } from "./Section.js";
import type { SectionProps } from "./types.js";

const STATUSES = ["PNS", "PPPK", "NON_ASN"] as const;

export function ProfileSection({ view, content }: SectionProps) {
  const { t } = useTranslation();
  const p = view.person;
  const dash = t("common.none");
  const status = STATUSES.find((s) => s === p.employmentStatus);
  return (
    <Section n={1} title={t("review.steps.profil")}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        <Field label={t("mine.name")} value={p.name} />
        <Field label={t("mine.nip")} value={p.nip ?? dash} nip />
        <Field
          label={t("mine.employmentStatus")}
          value={status ? t(`employmentStatus.${status}`) : p.employmentStatus || dash}
        />
        <Field label={t("mine.rank")} value={p.rank || dash} />
        <Field label={t("mine.positionLevel")} value={p.positionLevel || dash} />
        <Field label={t("mine.school")} value={p.schoolName ?? dash} />
      </SimpleGrid>
      {content.profileConfirmed ? (
        <Alert color="teal" p="xs">
          {t("review.profileConfirmed")}
        </Alert>
      ) : (
        <Alert color="gray" p="xs">
          {t("review.profileNotConfirmed")}
        </Alert>
      )}
      {view.correctionReported && (
        <Alert color="yellow" p="xs">
          {t("review.correctionReported", { handler: correctionHandler(t, view.cycle.track) })}
        </Alert>
      )}
    </Section>
  );
}
