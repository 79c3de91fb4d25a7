import { localStorageColorSchemeManager, MantineProvider, mergeThemeOverrides } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter } from "react-router-dom";
import { queryClient } from "../api/query.js";
import { AppRoutes } from "./AppRoutes.js";
import { cssVariablesResolver, dialogDefaults, theme } from "./theme.js";

/** Light, dark or the phone's own setting (the default), remembered on this device (UserMenu.tsx). */
const colorSchemeManager = localStorageColorSchemeManager({ key: "kinerja-color-scheme" });

export function App() {
  const { t } = useTranslation();
  // Every dialog's × button named in the chosen language (Mantine's has no text of its own).
  const themed = useMemo(() => mergeThemeOverrides(theme, dialogDefaults(t("common.closeDialog"))), [t]);
  return (
    <MantineProvider
      theme={themed}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
