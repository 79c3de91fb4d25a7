import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceArea, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { capsOf } from "../../domain/assessment/distribution.js";
import { type OrganisationPredikat, PREDIKATS, type Predikat } from "../../domain/assessment/scale.js";
import { percent } from "./texts.js";

type Props = { counts: Record<Predikat, number>; rated: number; organisation: OrganisationPredikat | null };

type Rect = { x: number; y: number; width: number; height: number };

/** The count and share right of each bar, on one line (recharts' own label wraps in a narrow chart). */
function ValueLabel(props: { x?: unknown; y?: unknown; width?: unknown; height?: unknown; value?: unknown }) {
  const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return (
    <text x={x + width + 4} y={y + height / 2} dominantBaseline="central" fontSize={11} fill="currentColor">
      {String(props.value ?? "")}
    </text>
  );
}

const MAX_COLOR = "var(--mantine-color-red-7)";
const MIN_COLOR = "var(--mantine-color-orange-6)";

/**
 * The district's share of each predikat as horizontal bars (long names fit a phone's width), with
 * each cap on one predikat marked on its row: red where the share may be at most, orange where it
 * must be at least. Caps over several predikat, and head counts, are listed with the organisation
 * predikat (OrganisationPredikatField).
 * recharts is imported only here, inside the lazy results page.
 */
export function DistributionChart({ counts, rated, organisation }: Props) {
  const { t } = useTranslation();
  const data = PREDIKATS.map((p) => {
    const share = rated === 0 ? 0 : (counts[p] * 100) / rated;
    const text = t("results.chart.value", { count: counts[p], share: percent(share) });
    return { predikat: p, label: t(`results.short.${p}`), share, text };
  });
  const caps = organisation
    ? capsOf(organisation).filter((c) => c.predikats.length === 1 && c.code !== "distribution.minCount")
    : [];
  const summary = data.map((d) => `${d.label} ${d.text}`).join(", ");
  return (
    <Stack gap={6}>
      <Text fw={600}>{t("results.chart.title")}</Text>
      <div role="img" aria-label={`${t("results.chart.title")}: ${summary}`} style={{ width: "100%", height: 230 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 76, bottom: 4, left: 0 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              interval={0}
              unit="%"
              tick={{ fontSize: 10, fill: "var(--mantine-color-dimmed)" }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={104}
              tick={{ fontSize: 12, fill: "var(--mantine-color-text)" }}
              interval={0}
            />
            <Bar dataKey="share" fill="var(--mantine-color-blue-6)" isAnimationActive={false} barSize={18}>
              <LabelList dataKey="text" content={ValueLabel} />
            </Bar>
            {caps.map((c) => {
              const label = t(`results.short.${c.predikats[0] as Predikat}`);
              return (
                <ReferenceArea
                  key={`${c.code}-${label}`}
                  x1={c.limit}
                  x2={c.limit}
                  y1={label}
                  y2={label}
                  ifOverflow="visible"
                  shape={(r: Rect) => (
                    <rect
                      x={r.x - 1.5}
                      y={r.y + 2}
                      width={3}
                      height={Math.max(r.height - 4, 4)}
                      fill={c.code === "distribution.maxShare" ? MAX_COLOR : MIN_COLOR}
                    />
                  )}
                />
              );
            })}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {caps.length > 0 && (
        <Group gap="md" wrap="wrap">
          {caps.some((c) => c.code === "distribution.maxShare") && (
            <Text size="xs" c="red">
              {t("results.chart.legendMax")}
            </Text>
          )}
          {caps.some((c) => c.code === "distribution.minShare") && (
            <Text size="xs" c="orange">
              {t("results.chart.legendMin")}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
