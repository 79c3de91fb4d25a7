import { Group, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { clockTime } from "../planning/plan/labels.js";
import type { SaveState } from "./useDocumentEditor.js";

/** "Tersimpan 10.42" / "Belum terkirim": quiet, but always there while editing any document. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  const text = (() => {
    switch (state.kind) {
      case "idle":
        return t("document.save.idle");
      case "pending":
        return t("document.save.pending");
      case "saving":
        return t("document.save.saving");
      case "saved":
        return t("document.save.saved", { time: clockTime(state.at, i18n.language) });
      case "offline":
        return t("document.save.offline");
      case "conflict":
        return t("document.save.conflict");
      case "stale":
        return t("document.save.stale");
      case "error":
        return t("document.save.error");
    }
  })();
  const warn =
    state.kind === "offline" || state.kind === "conflict" || state.kind === "stale" || state.kind === "error";
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-save-state={state.kind}>
      {state.kind === "saving" && <Loader size={12} />}
      <Text size="xs" c={warn ? "red" : "dimmed"} fw={warn ? 600 : 400}>
        {text}
      </Text>
    </Group>
  );
}
