import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DiskusiTindakLanjutContent } from "../../../domain/practice/pengawas/diskusi-tindak-lanjut.js";
import type { UpayaPengawasContent } from "../../../domain/practice/pengawas/upaya-pengawas.js";
import { NoteField, writes } from "../fields.js";
import type { PracticeView } from "../types.js";
import { UpayaLog } from "../UpayaForm.js";

type Props = {
  content: UpayaPengawasContent;
  onChange: (c: UpayaPengawasContent) => void;
  pen: "all" | string[] | null;
  view: PracticeView;
};

/** Upaya Tindak Lanjut of a pengawas: the agreed target, the steps (a guru's upaya log) and how they led there. */
export function UpayaPengawasForm({ content, onChange, pen, view }: Props) {
  const { t } = useTranslation();
  const diskusi = view.documents.find((d) => d.kind === "diskusi_tindak_lanjut");
  const target = diskusi?.visible ? (diskusi.content as Partial<DiskusiTindakLanjutContent>).target : undefined;
  return (
    <Stack gap="md">
      {target && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          <b>{t("practice.upayaPengawas.target")}:</b> {target}
        </Text>
      )}
      <Title order={3} fz="h5">
        {t("practice.upayaPengawas.stepsTitle")}
      </Title>
      <UpayaLog
        entries={content.steps}
        comments={content.comments}
        onEntries={(steps) => onChange({ ...content, steps })}
        onComments={(comments) => onChange({ ...content, comments })}
        entryPen={writes(pen, "steps")}
        commentPen={writes(pen, "comments")}
        commentLabel={t("practice.pengawas.timKinerjaComment")}
      />
      <NoteField
        label={t("practice.upayaPengawas.explanation")}
        value={content.explanation}
        onChange={(v) => onChange({ ...content, explanation: v })}
        readOnly={!writes(pen, "explanation")}
        minRows={3}
      />
    </Stack>
  );
}
