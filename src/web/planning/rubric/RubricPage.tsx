import { Stack, Tabs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { useCatalogue } from "../hooks.js";
import { IndicatorRubrics } from "./IndicatorRubrics.js";

/** /perencanaan/rubrik: every indicator's target perilaku and rubric, open to everyone (DOMAIN.md §6). */
export function RubricPage() {
  const { t } = useTranslation();
  const query = useCatalogue();
  return (
    <Stack gap="md">
      <PageHeader title={t("rubric.title")} intro={t("rubric.intro")} />
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <Text size="xs" c="dimmed">
            {t("rubric.ruleSet", { name: query.data.name })}
          </Text>
          <Tabs defaultValue="guru" keepMounted={false}>
            <Tabs.List grow>
              <Tabs.Tab value="guru">{t("rubric.teachers")}</Tabs.Tab>
              <Tabs.Tab value="ks">{t("rubric.principals")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="guru" pt="md">
              <IndicatorRubrics indicators={query.data.content.practiceIndicators} />
            </Tabs.Panel>
            <Tabs.Panel value="ks" pt="md">
              <IndicatorRubrics indicators={query.data.content.leadershipIndicators} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
