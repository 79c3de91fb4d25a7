import { Group, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { clockTime } from "../planning/plan/labels.js";
import type { SaveState } from "./useDocumentEditor.js";

/** "Tersimpan 10.42" / "Menyimpan…": quiet, but always there while editing any document. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  const text = (() => {
    switch (state.kind) {
      case "idle":
        return t("planning.save.idle");
      case "pending":
        return t("planning.save.pending");
      case "saving":
        return t("planning.save.saving");
      case "saved":
        return t("planning.save.saved", { time: clockTime(state.at, i18n.language) });
      case "offline":
        return t("planning.save.offline");
      case "conflict":
        return t("planning.save.conflict");
      case "error":
        return t("planning.save.error");
    }
  })();
  const warn = state.kind === "offline" || state.kind === "conflict" || state.kind === "error";
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-save-state={state.kind}>
      {state.kind === "saving" && <Loader size={12} />}
      <Text size="xs" c={warn ? "red.7" : "dimmed"} fw={warn ? 600 : 400}>
        {text}
      </Text>
    </Group>
  );
}
