import { Button, Code, CopyButton, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A secret shown once (temporary password) with a copy button. */
export function CopyValue({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Code fz="md" style={{ userSelect: "all", wordBreak: "break-all" }}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button size="compact-sm" variant="light" color={copied ? "teal" : "gray"} onClick={copy}>
            {copied ? t("common.copied") : t("common.copy")}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
