import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSchools } from "./hooks.js";

type Props = {
  districtId: string | null;
  label: string;
  value: string | null;
  /** The picked school's id and name (null when cleared). */
  onChange: (id: string | null, name: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  clearable?: boolean;
};

/** A school picker the server searches (name or NPSN): a district may have thousands of schools. */
export function SchoolSelect({ districtId, label, value, onChange, error, required, clearable }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(search === picked?.label ? "" : search.trim(), 300);
  const schools = useSchools(districtId, debounced);
  const page = schools.data?.pages[0]?.schools ?? [];
  const names = new Map(page.map((s) => [s.id, s.name]));
  const options = page.map((s) => ({ value: s.id, label: `${s.name} (${s.npsn})` }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={label}
      placeholder={t("schools.search")}
      searchable
      clearable={clearable ?? false}
      nothingFoundMessage={t("schools.empty")}
      data={options}
      filter={({ options: shown }) => shown}
      searchValue={search}
      onSearchChange={setSearch}
      value={value}
      onChange={(id, option) => {
        setPicked(id && option ? option : null);
        onChange(id, id ? (names.get(id) ?? option?.label ?? null) : null);
      }}
      error={error}
      required={required ?? false}
    />
  );
}
