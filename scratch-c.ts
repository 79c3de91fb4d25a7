import { DEFAULT_THEME, darken } from "@mantine/core";
import { contrast } from "./src/web/app/contrast.js";
import { theme } from "./src/web/app/theme.js";
const c = theme.colors as any; const d = c.dark;
for (const name of Object.keys(c)) {
  const p = c[name]; const lightBg = darken(p[9], 0.5);
  console.log(name, p[4], [d[7], d[6], d[5], lightBg].map(bg=>contrast(p[4], bg.startsWith('rgb')? toHex(bg):bg).toFixed(2)).join(" "), "light-color on light", contrast(p[0], toHex(lightBg)).toFixed(2), "white on 8", contrast("#ffffff", p[8]).toFixed(2));
}
function toHex(s: string) { const m = s.match(/\d+/g)!.slice(0,3).map(Number); return "#"+m.map(v=>v.toString(16).padStart(2,"0")).join(""); }
console.log("dimmed", [d[7],d[6],d[5]].map(bg=>contrast(d[2],bg).toFixed(2)), "d1", [d[7],d[6],d[5]].map(bg=>contrast(d[1],bg).toFixed(2)), "text", contrast(d[0], d[5]).toFixed(2));
