import { Card, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type Props = { n: number; title: string; children: ReactNode };

/** One step of the plan, numbered as the pegawai saw it while filling it in. */
export function Section({ n, title, children }: Props) {
  return (
    <Card component="section" aria-label={title} padding="sm">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          <Text span c="teal" fw={700} inherit>
            {n}.
          </Text>{" "}
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

export function Field({ label, value, nip = false }: { label: string; value: ReactNode; nip?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div" className={nip ? "nip" : undefined} style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </Stack>
  );
}
