import { z } from "zod";
import { idParams, pageQuery, searchQuery } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

/** A request to reopen a document, as every reader sees it. */
export const ZReopenRequest = z.object({
  id: z.string(),
  reason: z.string(),
  status: z.enum(["pending", "approved", "refused"]),
  requestedByName: z.string(),
  createdAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAs: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

const ZId = idParams;

export const districtReopenRequests = defineContract({
  method: "GET",
  path: "/api/admin/districts/:id/reopen-requests",
  summary:
    "Permintaan buka kembali perencanaan dan dokumen praktik di dinas (admin): yang menunggu keputusan lebih dulu",
  tags: ["planning"],
  auth: "session",
  params: ZId,
  query: z.object({ status: z.enum(["pending", "approved", "refused"]).optional(), q: searchQuery, ...pageQuery }),
  // A page at a time; `nextCursor` is null on the last page.
  response: z.object({
    requests: z.array(
      ZReopenRequest.extend({
        cycleId: z.string(),
        /** "plan", or the practice document's kind (persiapan, tindak_lanjut, …). */
        documentKind: z.string(),
        personName: z.string(),
        schoolName: z.string().nullable(),
      }),
    ),
    nextCursor: z.string().nullable(),
  }),
});
