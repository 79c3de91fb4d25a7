import { List, Stack, Text } from "@mantine/core";

// Long behaviours wrap: keep the sign beside the first line, not the middle.
const ALIGN_TOP = { itemWrapper: { alignItems: "flex-start" } } as const;

type Props = { title: string; items: string[]; sign: string; color: string };

/** One list of a rubric: the behaviours to do (+), to avoid (−), or the evidence (•). */
export function BehaviourList({ title, items, sign, color }: Props) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700} c={color}>
        {title}
      </Text>
      <List
        size="sm"
        spacing={2}
        styles={ALIGN_TOP}
        icon={
          <Text span fw={700} c={color} aria-hidden>
            {sign}
          </Text>
        }
      >
        {items.map((b) => (
          <List.Item key={b}>{b}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
