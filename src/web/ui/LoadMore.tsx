import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Pages = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/**
 * Under a list the server sends a page at a time: how many of how many are shown, and
 * "Muat lebih banyak" while there is a next page.
 */
export function LoadMore({ pages, shown, total }: { pages: Pages; shown: number; total?: number }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {total === undefined ? "" : t("common.shown", { shown, total })}
      </Text>
      {pages.hasNextPage && (
        <Button variant="light" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {t("common.more")}
        </Button>
      )}
    </Group>
  );
}
