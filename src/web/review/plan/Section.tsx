import { Card, Stack, Text, Title } from "@mantine/core";
import { createContext, type ReactNode, useContext } from "react";

/**
 * The version shown, when it is not the current one (an archived revision in a dialog over the
 * current plan): the landmarks of both would otherwise share their names.
 */
export const ArchivedVersion = createContext<string | null>(null);

/** A landmark's name, with the archived version it belongs to. */
export function useLandmarkName(name: string): string {
  const version = useContext(ArchivedVersion);
  return version ? `${name} · ${version}` : name;
}

type Props = { n: number; title: string; children: ReactNode };

/** One step of the plan, numbered as the pegawai saw it while filling it in. */
export function Section({ n, title, children }: Props) {
  return (
    <Card component="section" aria-label={useLandmarkName(title)} padding="sm">
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
