import { Textarea, type TextareaProps, TextInput, type TextInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { limitState } from "./text-limit.js";

/**
 * The props both limited fields share: "38/50 karakter" near the limit and "Batas 50 karakter
 * tercapai" at it, below the input, so a field never cuts text silently.
 */
function useLimitProps(value: string, max: number, description: React.ReactNode) {
  const { t } = useTranslation();
  const state = limitState(value.length, max);
  const hint = state === "full" ? t("fields.atMax", { max }) : t("fields.count", { n: value.length, max });
  const shown =
    state === "quiet" ? (
      description
    ) : description ? (
      <>
        {description} · {hint}
      </>
    ) : (
      hint
    );
  return {
    value,
    maxLength: max,
    description: shown,
    inputWrapperOrder: ["label", "input", "description", "error"] as ("label" | "input" | "description" | "error")[],
    // theme-aware: readable in light and dark
    styles: state === "full" ? { description: { color: "var(--mantine-color-orange-text)" } } : undefined,
  };
}

type Limited<P> = Omit<P, "maxLength" | "value"> & { value: string; max: number };

/** A one-line text field with its limit (from the schema: `textLimit`) shown while typing. */
export function LimitedTextInput({ value, max, description, ...rest }: Limited<TextInputProps>) {
  return <TextInput {...useLimitProps(value, max, description)} {...rest} />;
}

/** A note with its limit shown while typing (near the limit and at it). */
export function LimitedTextarea({ value, max, description, ...rest }: Limited<TextareaProps>) {
  return <Textarea {...useLimitProps(value, max, description)} {...rest} />;
}
