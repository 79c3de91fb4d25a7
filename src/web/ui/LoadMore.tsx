import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Pages = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/**
 * Under a list the server sends a page at a time: how many of how many are shown, and
 * "Muat lebih banyak" while there is a next page.
 */
export function LoadMore({
  pages,
  shown,
  total,
  capped = false,
}: {
  pages: Pages;
  shown: number;
  total?: number;
  capped?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {total === undefined ? "" : t("common.shown", { shown, total: totalLabel(total, capped) })}
      </Text>
      {pages.hasNextPage && (
        <Button variant="light" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {t("common.more")}
        </Button>
      )}
    </Group>
  );
}

/** A list's count: the server stops counting at its cap (`COUNT_CAP`) and the list says "1000+". */
export function totalLabel(total: number, capped: boolean): string {
  return capped ? `${total}+` : String(total);
}
