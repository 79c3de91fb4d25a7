import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { searchesWordStartsOnly } from "../../../domain/validation/vocabulary.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { totalLabel } from "../../ui/LoadMore.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useDistrictId } from "../district.js";
import { useDistrictPeople } from "./hooks.js";
import { PeopleList } from "./PeopleList.js";

/** Everyone in the district, searched on the server (name, NIP, NUPTK). */
export function PeoplePage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const people = useDistrictPeople(districtId, debounced);
  const list = people.data?.pages.flatMap((p) => p.people) ?? [];
  const first = people.data?.pages[0];
  const total = totalLabel(first?.total ?? 0, first?.totalCapped ?? false);

  return (
    <Stack gap="md">
      <PageHeader title={t("people.title")} />
      <TextInput
        type="search"
        aria-label={t("people.search")}
        placeholder={t("people.search")}
        inputWrapperOrder={["label", "input", "description", "error"]}
        description={searchesWordStartsOnly(debounced) ? t("common.wordStartsOnly") : undefined}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {people.isPending && <Loading />}
      <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />
      {people.isSuccess && list.length === 0 && <Text c="dimmed">{t("people.empty")}</Text>}
      {list.length > 0 && <PeopleList people={list} />}
      {list.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("people.shown", { shown: list.length, total })}
          </Text>
          {people.hasNextPage && (
            <Button variant="light" loading={people.isFetchingNextPage} onClick={() => void people.fetchNextPage()}>
              {t("people.more")}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
