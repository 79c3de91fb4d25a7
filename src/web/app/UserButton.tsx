import { Avatar, Group, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import type { ComponentPropsWithRef } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "./session.js";

function initials(name: string): string {
  const parts = name.replace(/,.*$/, "").split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase();
}

/** The header's account button: the trigger of UserMenu, and its stand-in until that is loaded. */
export function UserButton(props: ComponentPropsWithRef<"button">) {
  const { t } = useTranslation();
  const me = useSession();
  return (
    // Named by what it shows (the person's name on wide screens) plus a hidden "Menu akun": an
    // aria-label would hide the visible name from speech input (WCAG 2.5.3, label in name).
    <UnstyledButton {...props}>
      <Group gap={6} wrap="nowrap">
        <Avatar color="teal" radius="xl" size={36} aria-hidden>
          {initials(me.person.name)}
        </Avatar>
        <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
          {me.person.name}
        </Text>
        <VisuallyHidden>{t("user.menu")}</VisuallyHidden>
      </Group>
    </UnstyledButton>
  );
}
