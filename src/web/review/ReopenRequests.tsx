import { Alert, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZReopenRequest } from "../../server/planning/contract.js";
import { formatDate } from "../ui/format.js";
import { DecideReopenModal } from "./DecideReopenModal.js";
import { asLabel } from "./labels.js";

type Request = z.infer<typeof ZReopenRequest>;
const COLOR = { pending: "grape", approved: "teal", refused: "gray" } as const;

function Decided({ r }: { r: Request }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge color={COLOR[r.status]} variant="light">
          {t(`review.reopenStatus.${r.status}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t("review.reopenBy", { name: r.requestedByName, date: formatDate(r.createdAt) })}
        </Text>
      </Group>
      <Text size="sm">{r.reason}</Text>
      {r.decidedByName && (
        <Text size="xs" c="dimmed">
          {t("review.decidedBy", { name: r.decidedByName, as: asLabel(t, r.decidedAs), date: formatDate(r.decidedAt) })}
          {r.decisionNote ? `: ${r.decisionNote}` : ""}
        </Text>
      )}
    </Stack>
  );
}

type Props = { cycleId: string; requests: readonly Request[]; canDecide: boolean };

/** A pegawai's requests to reopen a document (a plan, a practice document); the atasan (or admin) decides. */
export function ReopenRequests({ cycleId, requests, canDecide }: Props) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<{ id: string; approve: boolean } | null>(null);
  const pending = requests.find((r) => r.status === "pending");
  const past = requests.filter((r) => r.status !== "pending");
  if (requests.length === 0) return null;

  return (
    <Stack gap="xs">
      {deciding && (
        <DecideReopenModal
          cycleId={cycleId}
          requestId={deciding.id}
          approve={deciding.approve}
          onClose={() => setDeciding(null)}
        />
      )}
      {pending && (
        <Alert color="grape" title={t("review.reopenTitle")}>
          <Stack gap="xs">
            {/* Not dimmed: grey on the alert's tint is below 4.5:1. */}
            <Text size="xs">
              {t("review.reopenBy", { name: pending.requestedByName, date: formatDate(pending.createdAt) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {pending.reason}
            </Text>
            {canDecide && (
              <Group gap="xs">
                <Button size="sm" onClick={() => setDeciding({ id: pending.id, approve: true })}>
                  {t("review.reopenApprove")}
                </Button>
                <Button size="sm" variant="default" onClick={() => setDeciding({ id: pending.id, approve: false })}>
                  {t("review.reopenRefuse")}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      {past.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t("review.reopenPast")}
          </Text>
          {past.map((r) => (
            <Decided key={r.id} r={r} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
