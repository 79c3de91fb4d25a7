import { Box, Stack } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type BarRow, Counts, rowTotal, type Series } from "./Counts.js";

export type { BarRow, Series } from "./Counts.js";

/** Each row gets a band this tall: its name on one line, the bar under it. */
const BAND = 44;
const BAR = 14;
/** The axis, the legend (two lines on a phone) and some air. */
const FRAME = 96;
/** About how wide a 12 px character is: names longer than the chart are cut with "…" (the numbers below have them whole). */
const CHAR = 6.6;

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** The legend's names in the text colour (a pale series' name in its own colour is hard to read). */
const legendText = (value: unknown) => <span style={{ color: "var(--mantine-color-text)" }}>{String(value)}</span>;

/** A row's name written above its bar, from the axis's left edge. */
function NameAbove({ x, y, payload }: TickProps) {
  return (
    <text
      x={Number(x) + 6}
      y={Number(y) - BAR / 2 - 5}
      fontSize={12}
      fill="var(--mantine-color-text)"
      textAnchor="start"
    >
      {String(payload?.value ?? "")}
    </text>
  );
}

/**
 * Horizontal stacked bars, one row per thing counted (a school, a step, an indicator), each row's
 * name and total written above its bar so a 360 px phone keeps the full width for the bars and no
 * label is rotated; the legend below, in the series' order; then the same numbers as text
 * (`Counts`). A series nobody is in is left out: a legend entry and a column of zeros say nothing.
 * recharts is imported here and only here, in the dashboard's lazy chunk.
 */
export function StackedBars<K extends string>({
  title,
  rows,
  series,
}: {
  title: string;
  rows: BarRow<K>[];
  series: Series<K>[];
}) {
  const { ref, width } = useElementSize();
  const present = series.filter((s) => rows.some((r) => r.values[s.key] > 0));
  const order = present.map((s) => s.key as string);
  const fits = Math.max(12, Math.floor((width - 24) / CHAR));
  const cut = (s: string) => (s.length > fits ? `${s.slice(0, fits - 1)}…` : s);
  const data = rows.map((r) => ({ id: r.id, name: cut(`${r.label} (${rowTotal(r, series)})`), ...r.values }));

  return (
    <Stack gap="xs">
      <Box ref={ref} h={rows.length * BAND + FRAME} aria-hidden="true" data-testid="stacked-bars">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            layout="vertical"
            data={data}
            margin={{ top: 14, right: 12, bottom: 0, left: 0 }}
            barSize={BAR}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: "var(--mantine-color-dimmed)" }} />
            <YAxis
              type="category"
              dataKey="name"
              width={1}
              axisLine={false}
              tickLine={false}
              interval={0}
              tick={<NameAbove />}
            />
            <Tooltip
              cursor={{ fillOpacity: 0.3 }}
              wrapperStyle={{ fontSize: 12 }}
              contentStyle={{ background: "var(--mantine-color-body)" }}
              labelStyle={{ color: "var(--mantine-color-text)" }}
              // Names in the text colour, as in the legend: a pale series' own colour is hard to read.
              itemStyle={{ color: "var(--mantine-color-text)" }}
            />
            <Legend
              position="bottom"
              wrapperStyle={{ fontSize: 12 }}
              formatter={legendText}
              itemSorter={(item) => order.indexOf(String(item.dataKey))}
            />
            {present.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="all" fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <Counts title={title} rows={rows} series={present} />
    </Stack>
  );
}
