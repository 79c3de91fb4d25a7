import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Props = { onCancel: () => void; label: string; pending: boolean; disabled?: boolean; color?: string };

/** The buttons under every form dialog: "Batal" and the submit, which shows progress while pending. */
export function FormActions({ onCancel, label, pending, disabled = false, color }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="xs" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={pending} disabled={disabled} {...(color ? { color } : {})}>
        {label}
      </Button>
    </Group>
  );
}
