import { List, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ZPlanContent } from "../../../../domain/planning/content.js";
import { LimitedTextarea } from "../../../ui/LimitedText.js";
import { textLimit } from "../../../ui/text-limit.js";
import type { StepProps } from "../../plan/types.js";

// The limit of one note, from the schema the server parses the plan with.
const BEHAVIOUR_NOTE_MAX = textLimit(ZPlanContent.shape.behaviourNotes.unwrap().valueType) ?? 1000;
/** Step 5: the seven BerAKHLAK aspects, each with an optional personal note. */
export function BehaviourStep({ view, editor, readOnly }: StepProps) {
  const { t } = useTranslation();
  const notes = editor.content.behaviourNotes;
  const setNote = (code: string, value: string) =>
    editor.change((c) => ({ ...c, behaviourNotes: { ...c.behaviourNotes, [code]: value } }));
  return (
    <Stack gap="sm">
      <Text size="sm">{t("planning.behaviour.intro")}</Text>
      {view.ruleSet.content.behaviourAspects.map((a) => (
        <Paper key={a.code} withBorder p="sm" radius="md">
          <Stack gap={6}>
            <Text fw={700}>{a.name}</Text>
            <Text size="sm" c="dimmed">
              {a.meaning}
            </Text>
            <List size="sm" spacing={2}>
              {a.behaviours.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
            {readOnly ? (
              notes[a.code] && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  <Text span fw={600}>
                    {t("planning.behaviour.note")}:{" "}
                  </Text>
                  {notes[a.code]}
                </Text>
              )
            ) : (
              <LimitedTextarea
                label={t("planning.behaviour.noteFor", { name: a.name })}
                placeholder={t("planning.behaviour.placeholder")}
                labelProps={{ fz: "sm", fw: 500 }}
                autosize
                minRows={2}
                max={BEHAVIOUR_NOTE_MAX}
                value={notes[a.code] ?? ""}
                onChange={(e) => setNote(a.code, e.currentTarget.value)}
              />
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
