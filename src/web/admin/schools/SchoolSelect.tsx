import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useRef, useState } from "react";
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

type Known = { label: string; name: string };

/**
 * A school picker the server searches (name or NPSN): a district may have thousands of schools.
 * The selected school stays listed, and its own label in the box is not sent as a search.
 */
export function SchoolSelect({ districtId, label, value, onChange, error, required, clearable }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const known = useRef(new Map<string, Known>());
  const selected = value ? known.current.get(value) : undefined;
  const [debounced] = useDebouncedValue(search === selected?.label ? "" : search.trim(), 300);
  const schools = useSchools(districtId, debounced);
  const page = schools.data?.pages[0]?.schools ?? [];
  for (const s of page) known.current.set(s.id, { label: `${s.name} (${s.npsn})`, name: s.name });
  const options = page.map((s) => ({ value: s.id, label: `${s.name} (${s.npsn})` }));
  const current = value ? known.current.get(value) : undefined;
  if (value && current && !options.some((o) => o.value === value)) options.unshift({ value, label: current.label });
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
      onChange={(id) => onChange(id, id ? (known.current.get(id)?.name ?? null) : null)}
      error={error}
      required={required ?? false}
    />
  );
}
