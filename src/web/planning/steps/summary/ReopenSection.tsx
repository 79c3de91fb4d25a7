import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../../../server/planning/contract.js";
import { ErrorAlert } from "../../../ui/ErrorAlert.js";
import { useRequestReopen } from "../../hooks.js";
import { actingLabel, dateTime } from "../../plan/labels.js";

const MIN = 10;
const COLOR = { pending: "yellow", approved: "teal", refused: "gray" } as const;

/** An approved or agreed plan can be reopened on request, with a reason; the requests and decisions. */
export function ReopenSection({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState("");
  const reopen = useRequestReopen(view);
  const requests = view.reopenRequests;
  const pending = requests.some((r) => r.status === "pending");
  const canAsk = view.viewer.actions.includes("requestReopen") && !pending;
  if (!canAsk && requests.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={4}>{t("planning.reopen.title")}</Title>
      {canAsk && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            reopen.mutate(reason.trim(), { onSuccess: () => setReason("") });
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{t("planning.reopen.intro")}</Text>
            <Textarea
              label={t("planning.reopen.reason")}
              description={t("planning.reopen.min", { min: MIN })}
              autosize
              minRows={3}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <ErrorAlert error={reopen.error} />
            <Button
              type="submit"
              variant="light"
              disabled={reason.trim().length < MIN}
              loading={reopen.isPending}
              w="fit-content"
            >
              {t("planning.reopen.submit")}
            </Button>
          </Stack>
        </form>
      )}
      {requests.map((r) => (
        <Paper key={r.id} withBorder p="sm" radius="md">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">
                {dateTime(r.createdAt, i18n.language)}
              </Text>
              <Badge color={COLOR[r.status]} variant="light">
                {t(`planning.reopen.status.${r.status}`)}
              </Badge>
            </Group>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {r.reason}
            </Text>
            {r.decidedByName && (
              <Text size="xs" c="dimmed">
                {t("planning.reopen.decidedBy", { name: r.decidedByName, as: actingLabel(t, r.decidedAs) })}
                {r.decisionNote ? `: ${r.decisionNote}` : ""}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
