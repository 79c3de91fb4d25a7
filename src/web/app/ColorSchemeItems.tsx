import { Box, type MantineColorScheme, Menu, useMantineColorScheme } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

const SCHEMES: MantineColorScheme[] = ["light", "dark", "auto"];

/**
 * Light, dark or the phone's own setting (the default), kept in this browser's localStorage
 * (App.tsx). Mantine forces role="menuitem" (no menuitemradio), so the chosen one is marked
 * with aria-current and a visible check.
 */
export function ColorSchemeItems() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const labelId = useId();
  return (
    // A menu holds only items and groups: the label is inside the group it names.
    <Box role="group" aria-labelledby={labelId}>
      <Menu.Label id={labelId}>{t("user.colorScheme")}</Menu.Label>
      {SCHEMES.map((scheme) => (
        <Menu.Item
          key={scheme}
          onClick={() => setColorScheme(scheme)}
          aria-current={scheme === colorScheme ? "true" : undefined}
          rightSection={scheme === colorScheme ? <span aria-hidden="true">✓</span> : undefined}
        >
          {t(`user.scheme.${scheme}`)}
        </Menu.Item>
      ))}
    </Box>
  );
}
