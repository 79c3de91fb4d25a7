// One chunk for the signed-in frame and a teacher's home page (see shell-pages.ts). Pegawai Saya
// is its own chunk: its table brings Mantine's ScrollArea and floating-ui, which a guru never needs.
export { HomeRedirect } from "../home/HomeRedirect.js";
export { MyCyclesPage } from "../home/MyCyclesPage.js";
export { Shell } from "./Shell.js";
