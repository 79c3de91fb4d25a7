import { Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { FormActions } from "../ui/FormActions.js";
import { FormModal } from "../ui/FormModal.js";
import { useReturnPlan } from "./hooks.js";

type Props = { cycleId: string; planId: string; name: string; onClose: () => void };
const MIN = 10;

/** "Kembalikan" with a note: the server decides whether the note is enough and says why not. */
export function ReturnModal({ cycleId, planId, name, onClose }: Props) {
  const { t } = useTranslation();
  const ret = useReturnPlan(cycleId, planId);
  const [note, setNote] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ret.mutate(note.trim(), { onSuccess: onClose });
  };
  const invalid = ret.error instanceof ApiError && ret.error.code === "VALIDATION" ? ret.error.message : undefined;
  const length = note.trim().length;

  return (
    <FormModal opened onClose={onClose} title={t("review.returnTitle", { name })} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t("review.returnHint")}</Text>
          {!invalid && <ErrorAlert error={ret.error} />}
          <Textarea
            label={t("review.returnNote")}
            placeholder={t("review.returnPlaceholder")}
            description={t("review.noteLength", { n: length, min: MIN })}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              if (ret.isError) ret.reset();
            }}
            error={invalid}
            maxLength={2000}
            autosize
            minRows={4}
            data-autofocus
          />
          <FormActions onCancel={onClose} label={t("review.return")} pending={ret.isPending} color="orange" />
        </Stack>
      </form>
    </FormModal>
  );
}
