import { Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_NOTE } from "../../domain/documents/engine.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { FormActions } from "../ui/FormActions.js";
import { FormModal } from "../ui/FormModal.js";
import { useDecideReopen } from "./hooks.js";

type Props = { cycleId: string; requestId: string; approve: boolean; onClose: () => void };

/**
 * Reopen (the document goes back to draft, the current version is archived) or refuse — a refusal
 * says why, in the decider's own words (at least MIN_NOTE characters, as the server checks).
 */
export function DecideReopenModal({ cycleId, requestId, approve, onClose }: Props) {
  const { t } = useTranslation();
  const decide = useDecideReopen(cycleId);
  const [note, setNote] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate({ requestId, approve, note: note.trim() }, { onSuccess: onClose });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={approve ? t("review.reopenApprove") : t("review.reopenRefuse")}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{approve ? t("review.reopenApproveBody") : t("review.reopenRefuseBody")}</Text>
          <ErrorAlert error={decide.error} />
          <Textarea
            label={approve ? t("review.reopenNote") : t("review.refuseNote")}
            description={approve ? undefined : t("review.refuseNoteHint", { min: MIN_NOTE })}
            required={!approve}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={3}
            data-autofocus
          />
          <FormActions
            onCancel={onClose}
            label={approve ? t("review.reopenApprove") : t("review.reopenRefuse")}
            pending={decide.isPending}
            disabled={!approve && note.trim().length < MIN_NOTE}
            color={approve ? "teal" : "red"}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
