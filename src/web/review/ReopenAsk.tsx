import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZReopenRequest } from "../../server/planning/contract.js";
import { actingLabel, dateTime } from "../planning/plan/labels.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";

const MIN = 10;
const COLOR = { pending: "yellow", approved: "teal", refused: "gray" } as const;

type Props = {
  requests: readonly z.infer<typeof ZReopenRequest>[];
  /** A plan, or a practice document: the title and the explanation say which. */
  of: "plan" | "document";
  /** The document's owner may ask now (its definition's `requestReopen`). */
  mayAsk: boolean;
  /** Sends the reason: the plan's or a practice document's request. */
  reopen: {
    mutate: (reason: string, options: { onSuccess: () => void }) => void;
    error: Error | null;
    isPending: boolean;
  };
};

/**
 * The owner's side of reopening, for any document (a plan, a handed-in practice document): ask
 * with a reason, then see the requests and their decisions.
 */
export function ReopenAsk({ of, requests, mayAsk, reopen }: Props) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState("");
  const pending = requests.some((r) => r.status === "pending");
  const canAsk = mayAsk && !pending;
  if (!canAsk && requests.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={3} fz="h4">
        {of === "plan" ? t("planning.reopen.title") : t("planning.reopen.titleDocument")}
      </Title>
      {canAsk && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            reopen.mutate(reason.trim(), { onSuccess: () => setReason("") });
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{of === "plan" ? t("planning.reopen.intro") : t("planning.reopen.introDocument")}</Text>
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
