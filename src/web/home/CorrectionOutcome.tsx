import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MyCorrection } from "../../server/me/contract.js";
import { formatDate } from "../ui/format.js";

/**
 * Under my data on the home page (where the "ditindaklanjuti" notification leads): my latest data
 * correction, who follows it up (`handler`: the school operator, for a pengawas the district admin), and
 * whether they changed the data or closed it without a change, with their note.
 */
export function CorrectionOutcome({ correction: c, handler }: { correction: MyCorrection; handler: string }) {
  const { t } = useTranslation();
  if (c.status === "open")
    return (
      <Alert color="blue" p="sm" mt="sm">
        <Text size="sm">{t("mine.correction.open", { handler })}</Text>
      </Alert>
    );
  const params = { name: c.resolvedByName ?? "", date: formatDate(c.resolvedAt) };
  return (
    <Alert color={c.dataChanged ? "teal" : "yellow"} p="sm" mt="sm" data-testid="correction-outcome">
      <Text size="sm" fw={600}>
        {t(c.dataChanged ? "mine.correction.changed" : "mine.correction.unchanged", params)}
      </Text>
      {c.resolutionNote && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {t("mine.correction.note", { note: c.resolutionNote })}
        </Text>
      )}
      {!c.dataChanged && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("mine.correction.again")}
        </Text>
      )}
    </Alert>
  );
}
