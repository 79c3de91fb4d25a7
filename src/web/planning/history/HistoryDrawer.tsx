import { Accordion, Drawer, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../../server/planning/contract.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { useIsDesktop } from "../../ui/useIsDesktop.js";
import { usePlanHistory } from "../hooks.js";
import { dateTime, statusLabel } from "../plan/labels.js";
import { PlanSummary } from "../steps/summary/PlanSummary.js";
import { HistoryEvents } from "./HistoryEvents.js";

type Props = { view: PlanView; opened: boolean; onClose: () => void };

/** "Riwayat": who did what, when, as whom and why; earlier versions stay readable. */
export function HistoryDrawer({ view, opened, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const desktop = useIsDesktop();
  const history = usePlanHistory(view.plan.id, opened);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={t("planning.history.title")}
      position="right"
      size={desktop ? "lg" : "100%"}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {history.isPending && opened && <Loading />}
      {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && (
        <Stack gap="lg">
          <HistoryEvents events={history.data.events} track={view.cycle.track} />
          {history.data.revisions.length > 0 && (
            <Stack gap="xs">
              <Title order={3} fz="h4">
                {t("planning.history.revisions")}
              </Title>
              <Accordion variant="separated">
                {[...history.data.revisions].reverse().map((r) => (
                  <Accordion.Item key={r.revision} value={String(r.revision)}>
                    <Accordion.Control>
                      <Text size="sm" fw={600}>
                        {t("planning.history.revision", { n: r.revision, status: statusLabel(t, r.status) })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t("planning.history.archivedAt", { date: dateTime(r.archivedAt, i18n.language) })}
                      </Text>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <PlanSummary view={view} content={r.content} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </Stack>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
