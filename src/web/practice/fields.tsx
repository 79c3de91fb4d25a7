import { ActionIcon, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField } from "../ui/DateField.js";
import { LimitedTextarea, LimitedTextInput } from "../ui/LimitedText.js";

/** A note field that is read-only when the reader holds no pen on it. */
export function NoteField({
  label,
  description,
  value,
  onChange,
  readOnly,
  minRows = 2,
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (v: string) => void;
  readOnly: boolean;
  minRows?: number;
}) {
  return (
    <LimitedTextarea
      label={label}
      description={description}
      autosize
      minRows={minRows}
      max={2000}
      readOnly={readOnly}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

export function LineField({
  label,
  description,
  value,
  onChange,
  readOnly,
  type = "text",
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (v: string) => void;
  readOnly: boolean;
  type?: "text" | "date" | "url";
}) {
  if (type === "date")
    return <DateField label={label} description={description} value={value} onChange={onChange} readOnly={readOnly} />;
  return (
    <LimitedTextInput
      type={type}
      label={label}
      description={description}
      max={type === "url" ? 1000 : 200}
      readOnly={readOnly}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** An id for a new list entry, made on the phone (crypto.randomUUID needs a secure context). */
export function newId(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  const b = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const writes = (pen: "all" | string[] | null, field: string) =>
  pen !== null && (pen === "all" || pen.includes(field));

/** "Hapus" for one entry of a list (an upaya, a visit, a scheduled activity). */
export function RemoveButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="subtle" color="red" size="lg" aria-label={t("practice.remove")} onClick={onClick}>
      ✕
    </ActionIcon>
  );
}

/** A log entry's first row: its date, and the button that removes the entry. */
export function EntryDateRow({
  value,
  onChange,
  onRemove,
}: {
  value: string | null;
  onChange: (date: string | null) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="wrap" gap="xs">
      <LineField
        type="date"
        label={t("practice.schedule.date")}
        value={value ?? ""}
        onChange={(v) => onChange(v || null)}
        readOnly={false}
      />
      <RemoveButton onClick={onRemove} />
    </Group>
  );
}
