import { Textarea, type TextareaProps, TextInput, type TextInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { limitState } from "./text-limit.js";

/** "38/50 karakter" near the limit and "Batas 50 karakter tercapai" at it: a field never cuts text silently. */
function useLimitHint(value: string, max: number, description: React.ReactNode) {
  const { t } = useTranslation();
  const state = limitState(value.length, max);
  if (state === "quiet") return { description, color: undefined };
  const hint = state === "full" ? t("fields.atMax", { max }) : t("fields.count", { n: value.length, max });
  return {
    description: description ? (
      <>
        {description} · {hint}
      </>
    ) : (
      hint
    ),
    color: state === "full" ? "orange-text" : undefined, // theme-aware: readable in light and dark
  };
}

type Limited<P> = Omit<P, "maxLength" | "value"> & { value: string; max: number };

/** A one-line text field with its limit (from the schema: `textLimit`) shown while typing. */
export function LimitedTextInput({ value, max, description, ...rest }: Limited<TextInputProps>) {
  const hint = useLimitHint(value, max, description);
  return (
    <TextInput
      value={value}
      maxLength={max}
      description={hint.description}
      inputWrapperOrder={["label", "input", "description", "error"]}
      styles={
        hint.color ? { description: { color: `var(--mantine-color-${hint.color.replace(".", "-")})` } } : undefined
      }
      {...rest}
    />
  );
}

/** A note with its limit shown while typing (near the limit and at it). */
export function LimitedTextarea({ value, max, description, ...rest }: Limited<TextareaProps>) {
  const hint = useLimitHint(value, max, description);
  return (
    <Textarea
      value={value}
      maxLength={max}
      description={hint.description}
      inputWrapperOrder={["label", "input", "description", "error"]}
      styles={
        hint.color ? { description: { color: `var(--mantine-color-${hint.color.replace(".", "-")})` } } : undefined
      }
      {...rest}
    />
  );
}
