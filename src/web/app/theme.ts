import { type CSSVariablesResolver, createTheme, DEFAULT_THEME } from "@mantine/core";
import { readablePalette } from "./contrast.js";

/**
 * Calm teal, system fonts (nothing to download on a slow connection), touch-friendly sizes.
 * Mantine's palettes darkened where their shades 6–9 are too light to read as text (WCAG AA,
 * contrast.ts): dimmed grey, white on filled buttons, links, the light variant of badges.
 */
export const theme = createTheme({
  colors: Object.fromEntries(Object.entries(DEFAULT_THEME.colors).map(([name, p]) => [name, readablePalette(p)])),
  primaryColor: "teal",
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "650" },
  components: {
    Button: { defaultProps: { size: "md" } },
    TextInput: { defaultProps: { size: "md" } },
    PasswordInput: { defaultProps: { size: "md" } },
    Select: { defaultProps: { size: "md" } },
    NativeSelect: { defaultProps: { size: "md" } },
    Textarea: { defaultProps: { size: "md" } },
    Card: { defaultProps: { withBorder: true, padding: "md" } },
    // No focus placeholder (a bare focusable <div> inside role="menu", which holds only items):
    // an opened menu focuses its first item, as ARIA's menu pattern does.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
  },
});

/** Placeholders as readable as dimmed text (Mantine's gray.5 is 2:1 on white). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-placeholder": "var(--mantine-color-gray-6)" },
  dark: {},
});

/**
 * Dialogs and drawers: a close button named `close`, and a title bar that is no second page
 * banner (Mantine draws it as a <header>, which screen readers list as the page's banner).
 */
export function dialogDefaults(close: string) {
  const defaultProps = {
    closeButtonProps: { "aria-label": close },
    attributes: { header: { role: "none" } },
  };
  return createTheme({ components: { Modal: { defaultProps }, Drawer: { defaultProps } } });
}
