import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1} fz="h2">
        {t("error.notFoundTitle")}
      </Title>
      <Text c="dimmed">{t("error.notFound")}</Text>
      <Button component={Link} to="/">
        {t("error.home")}
      </Button>
    </Stack>
  );
}
