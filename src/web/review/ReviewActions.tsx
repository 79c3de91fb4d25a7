import { Button, Group, Paper, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanView } from "../../server/planning/contract.js";
import { useIsDesktop } from "../ui/useIsDesktop.js";
import { ApproveModal } from "./ApproveModal.js";
import { ReturnModal } from "./ReturnModal.js";

/** Setujui / Kembalikan, kept in reach at the bottom of the screen while the plan is read. */
export function ReviewActions({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  const [open, setOpen] = useState<"approve" | "return" | null>(null);
  const can = (a: "approve" | "return") => view.viewer.actions.includes(a);
  if (!can("approve") && !can("return")) return null;
  const props = { cycleId: view.cycle.id, planId: view.plan.id, name: view.person.name, onClose: () => setOpen(null) };

  return (
    <>
      {open === "approve" && <ApproveModal {...props} />}
      {open === "return" && <ReturnModal {...props} />}
      <Paper
        shadow="md"
        withBorder
        p="sm"
        radius="md"
        style={{ position: "sticky", bottom: "var(--mantine-spacing-xs)", zIndex: 2 }}
      >
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed" style={{ flex: "1 1 240px" }} visibleFrom="sm">
            {t("review.coach")}
          </Text>
          <Group gap="xs" wrap="nowrap" style={{ flex: "1 0 auto" }} justify="flex-end" grow={!desktop}>
            {can("return") && (
              <Button variant="light" color="orange" onClick={() => setOpen("return")}>
                {t("review.return")}
              </Button>
            )}
            {can("approve") && <Button onClick={() => setOpen("approve")}>{t("review.approve")}</Button>}
          </Group>
        </Group>
      </Paper>
    </>
  );
}
