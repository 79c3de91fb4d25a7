import { Anchor, Card, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../../../server/files/contract.js";
import { buildUrl } from "../../api/client.js";
import { Section } from "./Section.js";
import type { SectionProps } from "./types.js";

/** Step 4: tugas tambahan with targets and the SK (a PDF the atasan may download). */
export function DutiesSection({ view, content }: SectionProps) {
  const { t } = useTranslation();
  const fromStaffData = view.person.additionalDuties;
  return (
    <Section n={4} title={t("review.steps.tugas")}>
      {fromStaffData.length > 0 && (
        <Text size="xs" c="dimmed">
          {t("review.dutiesFromData", { duties: fromStaffData.join(", ") })}
        </Text>
      )}
      {content.noDuties !== true && content.duties.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("review.notFilled")}
        </Text>
      )}
      {content.noDuties === true && <Text size="sm">{t("review.noDuties")}</Text>}
      {content.noDuties !== true && content.duties.length > 0 && (
        <Stack gap="xs">
          {content.duties.map((d) => (
            <Card key={d.name} padding="xs" bg="var(--kinerja-panel)">
              <Text size="sm" fw={600}>
                {d.name}
              </Text>
              <Text size="sm">
                {t("review.dutyTarget", {
                  quantity: d.targetQuantity ?? t("common.none"),
                  unit: d.targetUnit,
                  months: d.targetMonths ?? t("common.none"),
                })}
              </Text>
              {d.skFileId ? (
                <Anchor
                  href={buildUrl(downloadFile.path, { params: { id: d.skFileId } })}
                  target="_blank"
                  rel="noopener"
                  size="sm"
                >
                  {t("review.skDownload")}
                </Anchor>
              ) : (
                <Text size="xs" c="dimmed">
                  {t("review.noSk")}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
    </Section>
  );
}
