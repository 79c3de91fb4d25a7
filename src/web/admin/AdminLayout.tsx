import { Alert, NativeSelect, Stack } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { Loading } from "../ui/Loading.js";
import { DistrictContext, useDistricts } from "./district.js";

/** Loads the districts I manage; a picker appears only when there are several. */
export function AdminLayout() {
  const { t } = useTranslation();
  const districts = useDistricts();
  const [picked, setPicked] = useLocalStorage<string>({ key: "kinerja_district", defaultValue: "" });

  if (districts.isPending) return <Loading />;
  if (districts.isError) return <ErrorAlert error={districts.error} onRetry={() => void districts.refetch()} />;
  const list = districts.data.districts;
  const current = list.find((d) => d.id === picked) ?? list[0];
  if (!current) return <Alert color="orange">{t("admin.noDistrict")}</Alert>;

  return (
    <DistrictContext.Provider value={current.id}>
      <Stack gap="md">
        {list.length > 1 && (
          <NativeSelect
            label={t("admin.district")}
            value={current.id}
            onChange={(e) => setPicked(e.currentTarget.value)}
            data={list.map((d) => ({ value: d.id, label: d.name }))}
            maw={360}
          />
        )}
        <Outlet />
      </Stack>
    </DistrictContext.Provider>
  );
}
