import { Alert, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanContent } from "../../domain/planning/content.js";
import type { PlanView } from "../../server/planning/contract.js";
import { FormModal } from "../ui/FormModal.js";
import { formatDate } from "../ui/format.js";
import { statusLabel } from "./labels.js";
import { PlanContentView } from "./plan/PlanContentView.js";
import { ArchivedVersion } from "./plan/Section.js";

type Revision = { revision: number; status: string; archivedAt: string; content: PlanContent };
type Props = { view: PlanView; revision: Revision; onClose: () => void };

/** An archived version of the plan, read-only, as it was before it was reopened. */
export function RevisionModal({ view, revision, onClose }: Props) {
  const { t } = useTranslation();
  const title = t("review.revision", { n: revision.revision });
  return (
    <FormModal opened onClose={onClose} title={title} size="xl">
      <Stack gap="md">
        <Alert color="gray">
          {t("review.revisionNote", {
            status: statusLabel(t, revision.status),
            date: formatDate(revision.archivedAt),
          })}
        </Alert>
        <ArchivedVersion.Provider value={title}>
          <PlanContentView view={view} content={revision.content} />
        </ArchivedVersion.Provider>
      </Stack>
    </FormModal>
  );
}
