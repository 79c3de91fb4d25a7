import { Button, CopyButton, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { calendarFeed, createCalendarFeed, deleteCalendarFeed } from "../../server/practice/contract.js";
import { callApi } from "../api/client.js";
import { ErrorAlert } from "../ui/ErrorAlert.js";
import { formatDate } from "../ui/format.js";

const KEY = ["calendar-feed"] as const;

/**
 * A secret address a calendar app (Google Calendar, the phone's calendar) subscribes to, so new and
 * moved observations appear by themselves. The address is shown once, when it is made; making a
 * new one stops the old one.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: KEY, queryFn: () => callApi(calendarFeed, {}) });
  const [url, setUrl] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => callApi(createCalendarFeed, {}),
    onSuccess: (answer) => {
      setUrl(answer.url);
      qc.setQueryData(KEY, answer);
    },
  });
  const stop = useMutation({
    mutationFn: () => callApi(deleteCalendarFeed, {}),
    onSuccess: (answer) => {
      setUrl(null);
      qc.setQueryData(KEY, answer);
    },
  });
  const active = status.data?.active === true;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Text fw={600}>{t("practice.feed.title")}</Text>
        <Text size="sm" c="dimmed">
          {t("practice.feed.intro")}
        </Text>
        <ErrorAlert error={status.error ?? create.error ?? stop.error} />
        {url ? (
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                label={t("practice.feed.address")}
                value={url}
                readOnly
                style={{ flex: 1, minWidth: 0 }}
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy}>
                    {copied ? t("practice.feed.copied") : t("practice.feed.copy")}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed">
              {t("practice.feed.secret")}
            </Text>
          </Stack>
        ) : (
          active && (
            <Text size="sm">
              {t("practice.feed.activeSince", { date: formatDate(status.data?.createdAt ?? null) })}
            </Text>
          )
        )}
        <Group gap="xs">
          <Button variant="light" loading={create.isPending} onClick={() => create.mutate()}>
            {active ? t("practice.feed.renew") : t("practice.feed.create")}
          </Button>
          {active && (
            <Button variant="subtle" color="red" loading={stop.isPending} onClick={() => stop.mutate()}>
              {t("practice.feed.stop")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
