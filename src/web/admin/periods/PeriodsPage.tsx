import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PATHS } from "../../app/access.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { formatDate } from "../../ui/format.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { DistrictTimeZone } from "../DistrictTimeZone.js";
import { useDistrictId, useDistricts } from "../district.js";
import { usePeriods } from "./hooks.js";
import { OpenPeriodModal } from "./OpenPeriodModal.js";

export function PeriodsPage() {
  const { t } = useTranslation();
  const districtId = useDistrictId();
  const periods = usePeriods(districtId);
  // Only the district admin reaches this page: the time zone decides when its windows open and close.
  const district = useDistricts().data?.districts.find((d) => d.id === districtId);
  const [opening, setOpening] = useState(false);
  const list = periods.data?.periods ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title={t("periods.title")}
        intro={t("periods.intro")}
        actions={<Button onClick={() => setOpening(true)}>{t("periods.open")}</Button>}
      />
      {district && <DistrictTimeZone district={district} />}
      {opening && districtId && <OpenPeriodModal districtId={districtId} onClose={() => setOpening(false)} />}
      {periods.isPending && <Loading />}
      <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />
      {periods.isSuccess && list.length === 0 && <Text c="dimmed">{t("periods.empty")}</Text>}
      {list.map((p) => (
        <Card key={p.id} component={Link} to={`${PATHS.periods}/${p.id}`}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600} fz="lg">
                {p.name}
              </Text>
              <Text size="sm" c="dimmed">
                {t("periods.range", { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })} · {p.ruleSetName}
              </Text>
            </Stack>
            <Group gap={6}>
              <Badge variant="light">{t("periods.cycles", { n: p.cycleCount })}</Badge>
              {p.withoutSuperiorCount > 0 && (
                <Badge color="red" variant="light">
                  {t("periods.withoutSuperior", { n: p.withoutSuperiorCount })}
                </Badge>
              )}
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
