import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type Props = { title: string; intro?: string; actions?: ReactNode };

/** The page's title: its one level-one heading (shown at h2 size, which fits a phone). */
export function PageHeader({ title, intro, actions }: Props) {
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
      <Stack gap={4} style={{ flex: "1 1 220px" }}>
        <Title order={1} fz="h2">
          {title}
        </Title>
        {intro && (
          <Text c="dimmed" size="sm">
            {intro}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}
