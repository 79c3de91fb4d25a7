import { Alert, Badge, Button, Card, Group, List, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { resultDistricts, showsResults } from "../app/access.js";
import { useSession } from "../app/session.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { formatDate } from "../ui/format.js";
import { Loading } from "../ui/Loading.js";
import { PageHeader } from "../ui/PageHeader.js";
import { DistributionChart } from "./DistributionChart.js";
import { Downloads, Finalised } from "./FinalisedState.js";
import { FinaliseModal } from "./FinaliseModal.js";
import { useResultPeriods, useResults } from "./hooks.js";
import { OrganisationPredikatField } from "./OrganisationPredikatField.js";
import { SchoolResults } from "./SchoolResults.js";
import { violationText } from "./texts.js";

/** Hasil penilaian: the district admin's and the Kepala Dinas's view of a period's results. */
export function ResultsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const districts = resultDistricts(me);
  const [districtId, setDistrictId] = useState<string | null>(districts[0]?.id ?? null);
  const [chosen, setChosen] = useState<string | null>(null);
  const periods = useResultPeriods(districtId);
  const list = periods.data?.periods ?? [];
  // The period running today by default, else the newest.
  const periodId = chosen ?? list.find((p) => p.running)?.id ?? list[0]?.id ?? null;

  if (!showsResults(me)) {
    return (
      <Alert color="orange" title={t("error.forbiddenTitle")}>
        {t("results.notAllowed")}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <PageHeader title={t("results.title")} intro={t("results.intro")} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        {districts.length > 1 && (
          <Select
            label={t("results.district")}
            data={districts.map((d) => ({ value: d.id, label: d.name }))}
            value={districtId}
            onChange={(v) => {
              setDistrictId(v);
              setChosen(null);
            }}
            allowDeselect={false}
            style={{ flex: "1 1 220px" }}
          />
        )}
        {list.length > 0 && (
          <Select
            label={t("results.period")}
            data={list.map((p) => ({ value: p.id, label: p.name }))}
            renderOption={({ option }) => {
              const p = list.find((x) => x.id === option.value);
              return (
                <Group gap={6} wrap="wrap">
                  <Text size="sm">{option.label}</Text>
                  {p?.running && (
                    <Badge size="xs" variant="light">
                      {t("results.running")}
                    </Badge>
                  )}
                  {p?.finalised && (
                    <Badge size="xs" variant="light" color="teal">
                      {t("results.finalisedTag")}
                    </Badge>
                  )}
                </Group>
              );
            }}
            value={periodId}
            onChange={setChosen}
            allowDeselect={false}
            style={{ flex: "1 1 220px" }}
          />
        )}
      </Group>
      {periods.isPending && <Loading />}
      <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />
      {periods.isSuccess && list.length === 0 && <Text c="dimmed">{t("results.noPeriods")}</Text>}
      {periodId && <PeriodResults periodId={periodId} />}
    </Stack>
  );
}

function PeriodResults({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const results = useResults(periodId);
  const [finalising, setFinalising] = useState(false);
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  const org = r.organisationPredikat;
  const total = r.district.rated + r.district.withoutResult;
  const finalised = r.finalisation !== null;
  return (
    <Stack gap="md">
      <Card withBorder padding="sm">
        <Stack gap="sm">
          <OrganisationPredikatField periodId={periodId} value={org} editable={r.can.setOrganisationPredikat} />
          <Text size="sm">
            {t("results.figures.ratedOf", { rated: r.district.rated, total })}
            {r.district.perilakuOnly > 0 && ` · ${t("results.figures.perilakuOnly")}: ${r.district.perilakuOnly}`}
          </Text>
        </Stack>
      </Card>

      {org && r.district.rated > 0 && r.district.violations.length > 0 && (
        <Alert color="red" title={t("results.districtBroken")} data-testid="district-violations">
          <List size="sm" spacing={2}>
            {r.district.violations.map((v) => (
              <List.Item key={`${v.code}-${v.predikats.join("+")}`}>{violationText(t, v, org)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {org && r.district.rated > 0 && r.district.violations.length === 0 && (
        <Alert color="teal">{t("results.districtOk")}</Alert>
      )}

      <Card withBorder padding="sm">
        {r.district.rated === 0 ? (
          <Text c="dimmed" size="sm">
            {t("results.chart.empty")}
          </Text>
        ) : (
          <DistributionChart counts={r.district.counts} rated={r.district.rated} organisation={org} />
        )}
      </Card>

      {finalised ? (
        <Finalised results={r} />
      ) : (
        r.can.finalise && (
          <Stack gap={4}>
            <Button color="red" variant="light" onClick={() => setFinalising(true)} disabled={!org} w="fit-content">
              {t("results.finalise.button")}
            </Button>
            {!org && (
              <Text size="xs" c="dimmed">
                {t("results.finalise.needsOrganisation")}
              </Text>
            )}
          </Stack>
        )
      )}
      {finalising && <FinaliseModal results={r} onClose={() => setFinalising(false)} />}

      <Downloads periodId={periodId} />

      <Title order={2} size="h4">
        {t("results.schools.title")}
      </Title>
      <SchoolResults schools={r.schools} organisation={org} />
      <Text size="xs" c="dimmed">
        {formatDate(r.period.startsOn)} – {formatDate(r.period.endsOn)} · {r.period.districtName}
      </Text>
    </Stack>
  );
}
