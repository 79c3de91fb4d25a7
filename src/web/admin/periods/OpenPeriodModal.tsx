import { Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { phaseOverlaps } from "../../../domain/cycles/phase.js";
import { PATHS } from "../../app/access.js";
import { useToday } from "../../auth/hooks.js";
import { DateField } from "../../ui/DateField.js";
import { ErrorAlert, fieldErrors } from "../../ui/ErrorAlert.js";
import { FormActions } from "../../ui/FormActions.js";
import { FormModal } from "../../ui/FormModal.js";
import { Loading } from "../../ui/Loading.js";
import { useOpenPeriod, useTemplates } from "./hooks.js";
import { OverlapWarning } from "./OverlapWarning.js";
import { EMPTY_WINDOWS, WINDOW_FIELDS, type Windows, windowsFor } from "./windows.js";

/** Opens a period from a rule-set template; the year prefills all eight dates. */
export function OpenPeriodModal({ districtId, onClose }: { districtId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const templates = useTemplates();
  const open = useOpenPeriod(districtId);
  const list = templates.data?.templates ?? [];
  const [code, setCode] = useState("");
  // The district's year on the server, not the phone's.
  const [year, setYear] = useState(useToday().slice(0, 4));
  const [name, setName] = useState("");
  const [nameEdited, setNameEdited] = useState(false);
  const [windows, setWindows] = useState<Windows>(EMPTY_WINDOWS);
  const template = list.find((tpl) => tpl.code === code) ?? list[list.length - 1];

  // Template or year changed: refill the dates (and the name, until the admin typed one).
  useEffect(() => {
    if (!template) return;
    setWindows(windowsFor(template, Number(year)));
    if (!nameEdited) setName(t("periods.namePlaceholder", { year }));
  }, [template, year, nameEdited, t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!template) return;
    open.mutate(
      { ...windows, name: name.trim(), templateCode: template.code },
      {
        onSuccess: (res) => navigate(`${PATHS.periods}/${res.period.id}`, { state: { opened: res.period.cycleCount } }),
      },
    );
  };
  const server = fieldErrors(open.error);

  return (
    <FormModal opened onClose={onClose} title={t("periods.openTitle")}>
      {templates.isPending ? (
        <Loading />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ErrorAlert error={open.error ?? templates.error} />
            <NativeSelect
              label={t("periods.template")}
              value={template?.code ?? ""}
              onChange={(e) => setCode(e.currentTarget.value)}
              data={list.map((tpl) => ({ value: tpl.code, label: tpl.name }))}
              error={server.templateCode}
            />
            <Group align="flex-start" gap="sm" wrap="nowrap">
              <TextInput
                w={100}
                label={t("periods.year")}
                inputMode="numeric"
                value={year}
                onChange={(e) => setYear(e.currentTarget.value.replace(/\D/g, "").slice(0, 4))}
              />
              <TextInput
                label={t("periods.name")}
                value={name}
                onChange={(e) => {
                  setNameEdited(true);
                  setName(e.currentTarget.value);
                }}
                error={server.name}
                required
                style={{ flex: 1 }}
              />
            </Group>
            <div>
              <Text size="sm" fw={600} mt="xs">
                {t("periods.schedule")}
              </Text>
              <Text size="xs" c="dimmed">
                {t("periods.yearHint")}
              </Text>
            </div>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              {WINDOW_FIELDS.map((field) => (
                <DateField
                  key={field}
                  label={t(`periods.${field}`)}
                  value={windows[field]}
                  onChange={(value) => setWindows((w) => ({ ...w, [field]: value }))}
                  error={server[field]}
                  required
                />
              ))}
            </SimpleGrid>
            {/* Templates overlap on purpose (late plans approved while pelaksanaan starts): said, not asked. */}
            <OverlapWarning overlaps={WINDOW_FIELDS.every((f) => windows[f]) ? phaseOverlaps(windows) : []} />
            <FormActions
              onCancel={onClose}
              label={t("periods.open")}
              pending={open.isPending}
              disabled={!template || name.trim().length < 3}
            />
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
