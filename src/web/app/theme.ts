import { type CSSVariablesResolver, createTheme, DEFAULT_THEME } from "@mantine/core";
import { readableOnDark, readablePalette } from "./contrast.js";

/**
 * Calm teal, system fonts (nothing to download on a slow connection), touch-friendly sizes.
 * Mantine's palettes darkened where their shades 6–9 are too light to read as text (WCAG AA,
 * contrast.ts): dimmed grey, white on filled buttons, links, the light variant of badges.
 */
export const theme = createTheme({
  colors: Object.fromEntries(Object.entries(DEFAULT_THEME.colors).map(([name, p]) => [name, readablePalette(p)])),
  primaryColor: "teal",
  // Filled buttons use shade 8 in the dark scheme too: white text on it reads (contrast.ts).
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "650" },
  // A phone set to reduce motion gets dialogs, drawers and menus without the slide and fade.
  respectReducedMotion: true,
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

const colors = theme.colors as Record<string, readonly string[]>;
const dark = colors.dark as readonly string[];
/** The lightest dark surface text sits on: a tinted panel (`--kinerja-panel`) inside a card. */
const darkPanel = dark[5] as string;
/** Dimmed text and placeholders in the dark scheme: Mantine's `dark.2` is 2.9:1 on a panel. */
export const darkDimmed = readableOnDark(dark[2] as string, darkPanel);

/**
 * Light: placeholders as readable as dimmed text (Mantine's gray.5 is 2:1 on white). Dark: a
 * colour's text (`c="red"`, outline buttons, errors) is its shade 4 lightened where needed (violet's
 * is 3.3:1 on a panel). `--kinerja-panel` is a tinted box inside a card and `--kinerja-backdrop`
 * the page behind the sign-in card, in either scheme. The colours' dark texts are computed once: the
 * provider asks on every render.
 */
let darkTexts: Record<string, string> | undefined;
export const cssVariablesResolver: CSSVariablesResolver = () => {
  darkTexts ??= Object.fromEntries(
    Object.entries(colors).flatMap(([name, p]) => {
      const text = readableOnDark(p[4] as string, darkPanel);
      return [
        [`--mantine-color-${name}-text`, text],
        [`--mantine-color-${name}-outline`, text],
      ];
    }),
  );
  return {
    variables: {},
    light: {
      "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
      "--kinerja-panel": "var(--mantine-color-gray-0)",
      "--kinerja-backdrop": "var(--mantine-color-gray-0)",
    },
    dark: {
      "--mantine-color-dimmed": darkDimmed,
      "--mantine-color-placeholder": darkDimmed,
      "--mantine-color-error": "var(--mantine-color-red-text)",
      "--mantine-color-success": "var(--mantine-color-teal-text)",
      "--kinerja-panel": darkPanel,
      "--kinerja-backdrop": "var(--mantine-color-dark-8)",
      ...darkTexts,
    },
  };
};

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
