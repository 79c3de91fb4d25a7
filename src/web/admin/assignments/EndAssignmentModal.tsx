import { Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useToday } from "../../auth/hooks.js";
import { DateField } from "../../ui/DateField.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import type { Assignment } from "./AssignmentList.js";
import { useEndAssignment } from "./hooks.js";

export function EndAssignmentModal({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndAssignment();
  const [endsOn, setEndsOn] = useState(useToday());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    end.mutate({ id: assignment.id, endsOn }, { onSuccess: onClose });
  };
  return (
    <FormModal opened onClose={onClose} title={t("assignments.endTitle", { name: assignment.personName })} size="sm">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <ErrorAlert error={end.error} />
          <DateField
            label={t("assignments.endConfirm")}
            value={endsOn}
            min={assignment.startsOn}
            onChange={setEndsOn}
            required
          />
          <FormActions
            onCancel={onClose}
            label={t("assignments.end")}
            pending={end.isPending}
            disabled={!endsOn}
            color="orange"
          />
        </Stack>
      </form>
    </FormModal>
  );
}
