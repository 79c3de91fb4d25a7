// One chunk for the signed-in frame and the home pages (see shell-pages.ts).
export { HomeRedirect } from "../home/HomeRedirect.js";
export { MyCyclesPage } from "../home/MyCyclesPage.js";
export { MyStaffPage } from "../home/MyStaffPage.js";
export { Shell } from "./Shell.js";
