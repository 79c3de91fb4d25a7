import { Box, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../app/LanguageSwitch.js";

/** The frame of the pages before the app shell: sign-in and the forced password change. */
export function AuthLayout({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="var(--kinerja-backdrop)" px="sm" py="md">
      {/* Landmarks: the app's name and language (banner), the form (main), the tagline (footer). */}
      <Group component="header" justify="space-between" maw={440} mx="auto" mb="lg">
        <Text fw={700} fz="xl" c="teal">
          {t("app.name")}
        </Text>
        <LanguageSwitch />
      </Group>
      <Center component="main">
        <Paper withBorder shadow="xs" p={{ base: "md", xs: "xl" }} w="100%" maw={440}>
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} fz="h2">
                {title}
              </Title>
              <Text c="dimmed" size="sm">
                {intro}
              </Text>
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
      <Box component="footer" mt="lg" maw={440} mx="auto">
        <Text ta="center" c="dimmed" size="xs">
          {t("app.tagline")}
        </Text>
      </Box>
    </Box>
  );
}
