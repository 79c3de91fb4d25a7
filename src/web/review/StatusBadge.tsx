import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type QueueStatus, STATUS_COLOR, statusLabel } from "./labels.js";

/** A plan's status (or "Belum mulai") as a coloured badge. */
export function PlanStatusBadge({ status }: { status: QueueStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant="light"
      h="auto"
      styles={{ label: { whiteSpace: "normal", overflow: "visible" } }}
    >
      {statusLabel(t, status)}
    </Badge>
  );
}
