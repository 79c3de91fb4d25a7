import { useMediaQuery } from "@mantine/hooks";

/** True from Mantine's "sm" breakpoint (48em ≈ 768 px): tables there, cards on phones. */
export function useIsDesktop(): boolean {
  return useMediaQuery("(min-width: 48em)", window.matchMedia("(min-width: 48em)").matches, {
    getInitialValueInEffect: false,
  });
}
