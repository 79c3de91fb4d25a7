import { NativeSelect } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { TIME_ZONES, type TimeZone, ZONE_ABBREVIATIONS } from "../../domain/time/today.js";
import { updateDistrict, type ZDistrict } from "../../server/org/contract.js";
import { callApi } from "../api/client.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";

/** The district's time zone (WIB/WITA/WIT): planning windows and Plt terms change at its midnight. */
export function DistrictTimeZone({ district }: { district: z.infer<typeof ZDistrict> }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (timeZone: TimeZone) => callApi(updateDistrict, { params: { id: district.id }, body: { timeZone } }),
    // "Today" and who assesses whom may move: refresh everything that shows them.
    onSuccess: () => qc.invalidateQueries(),
  });
  return (
    <>
      <NativeSelect
        label={t("admin.timeZone")}
        description={t("admin.timeZoneHelp")}
        value={district.timeZone}
        disabled={save.isPending}
        onChange={(e) => save.mutate(e.currentTarget.value as TimeZone)}
        data={TIME_ZONES.map((z) => ({ value: z, label: t(`admin.zones.${ZONE_ABBREVIATIONS[z]}`) }))}
        maw={360}
      />
      {save.isError && <ErrorAlert error={save.error} />}
    </>
  );
}
