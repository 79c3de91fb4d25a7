import type { DiskusiPersiapanContent } from "../../../domain/practice/pengawas/diskusi-persiapan.js";
import type { DiskusiTindakLanjutContent } from "../../../domain/practice/pengawas/diskusi-tindak-lanjut.js";
import type { PendampinganContent } from "../../../domain/practice/pengawas/pendampingan.js";
import type { RefleksiPengawasContent } from "../../../domain/practice/pengawas/refleksi-pengawas.js";
import type { UpayaPengawasContent } from "../../../domain/practice/pengawas/upaya-pengawas.js";
import type { PengawasStage } from "../../../domain/practice/stages.js";
import type { PracticeDoc, PracticeView } from "../types.js";
import { DiskusiPersiapanForm } from "./DiskusiPersiapanForm.js";
import { DiskusiTindakLanjutForm } from "./DiskusiTindakLanjutForm.js";
import { PendampinganForm } from "./PendampinganForm.js";
import { RefleksiPengawasForm } from "./RefleksiPengawasForm.js";
import { UpayaPengawasForm } from "./UpayaPengawasForm.js";

type Props = {
  view: PracticeView;
  stage: Exclude<PengawasStage, "bukti_dukung" | "rekomendasi" | "penilaian">;
  doc: PracticeDoc;
  content: unknown;
  onChange: (c: unknown) => void;
};

/** The form of a pengawas's own stage (seed 002); the bukti dukung is the guru's form. */
export function PengawasBody({ view, stage, doc, content, onChange }: Props) {
  const pen = doc.pen;
  switch (stage) {
    case "diskusi_persiapan":
      return (
        <DiskusiPersiapanForm content={content as DiskusiPersiapanContent} onChange={onChange} pen={pen} view={view} />
      );
    case "pendampingan":
      return (
        <PendampinganForm
          content={content as PendampinganContent}
          onChange={onChange}
          pen={pen}
          view={view}
          doc={doc}
        />
      );
    case "diskusi_tindak_lanjut":
      return (
        <DiskusiTindakLanjutForm
          content={content as DiskusiTindakLanjutContent}
          onChange={onChange}
          pen={pen}
          view={view}
          doc={doc}
        />
      );
    case "upaya_pengawas":
      return <UpayaPengawasForm content={content as UpayaPengawasContent} onChange={onChange} pen={pen} view={view} />;
    case "refleksi_pengawas":
      return <RefleksiPengawasForm content={content as RefleksiPengawasContent} onChange={onChange} pen={pen} />;
    default: {
      const never: never = stage;
      return never;
    }
  }
}
