import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" aria-label={t("common.loading")} role="status">
      <Loader />
    </Center>
  );
}
