/**
 * The signed-in frame (header, navigation) and the home pages, in one file fetched after the
 * first one: the sign-in page does not download them. Also started early (AuthGate, sign-in
 * submit) so it downloads while /api/me or the login answers, not after.
 */
export const loadShellPages = () => import("./ShellPages.js");

export function preloadShellPages(): void {
  // A failure shows later, when the page itself is rendered (AppRoutes' lazy import retries).
  loadShellPages().catch(() => undefined);
}
