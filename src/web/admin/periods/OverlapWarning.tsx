import { Alert, Checkbox, List, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PhaseOverlap } from "../../../domain/cycles/phase.js";
import { formatDate } from "../../ui/format.js";

type Props = {
  overlaps: readonly PhaseOverlap[];
  /** Without it the warning only informs (opening a period from a template that overlaps on purpose). */
  accepted?: boolean;
  onAccept?: (accepted: boolean) => void;
  error?: string | undefined;
};

/** "Jadwal tahap akan beririsan": the overlaps `phaseOverlaps` finds, and the admin's confirmation. */
export function OverlapWarning({ overlaps, accepted, onAccept, error }: Props) {
  const { t } = useTranslation();
  if (overlaps.length === 0) return null;
  return (
    <Alert color="yellow" title={t("overlap.title")}>
      <Stack gap="xs">
        <List size="sm" spacing={2}>
          {overlaps.map((o) => (
            <List.Item key={`${o.phase}-${o.next}`}>
              {t("overlap.item", {
                phase: t(`phase.${o.phase}`),
                next: t(`phase.${o.next}`),
                closesOn: formatDate(o.closesOn),
                nextOpensOn: formatDate(o.nextOpensOn),
              })}
            </List.Item>
          ))}
        </List>
        {onAccept && (
          <Checkbox
            label={t("overlap.accept")}
            checked={accepted ?? false}
            onChange={(e) => onAccept(e.currentTarget.checked)}
            error={error}
          />
        )}
      </Stack>
    </Alert>
  );
}
