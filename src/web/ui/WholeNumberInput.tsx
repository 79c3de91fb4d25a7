import { TextInput, type TextInputProps } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { readWholeNumber } from "./whole-number.js";

type Props = Omit<TextInputProps, "value" | "onChange" | "min" | "max"> & {
  value: number | null;
  /** Called with the number, or null when the field is empty or not a whole number in range. */
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  /** Said under the field while it is empty (e.g. that it is then not counted). */
  emptyHint?: string;
};

/**
 * A count typed on a phone: digits only, with a message for "2,5" (never read as 25) or a value out
 * of range, instead of changing what was typed. What it reports is what the field validly says.
 */
export function WholeNumberInput({ value, onChange, min, max, error, emptyHint, description, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? "" : String(value));
  const reading = readWholeNumber(text, { min, max });
  // A value changed elsewhere (a newer draft from the server) replaces the text; what was typed stays otherwise.
  useEffect(() => {
    setText((current) =>
      readWholeNumber(current, { min, max }).value === value ? current : value === null ? "" : String(value),
    );
  }, [value, min, max]);
  const message = reading.error ? t(`fields.${reading.error}`, { min, max }) : null;
  return (
    <TextInput
      inputMode="numeric"
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onChange(readWholeNumber(next, { min, max }).value);
      }}
      error={message ?? error}
      description={text.trim() === "" && emptyHint ? emptyHint : description}
      inputWrapperOrder={["label", "input", "description", "error"]}
      {...rest}
    />
  );
}
