import type { PracticeKind } from "../../domain/practice/stages.js";
import { ReopenAsk } from "../review/ReopenAsk.js";
import { ReopenRequests } from "../review/ReopenRequests.js";
import { useRequestDocumentReopen } from "./hooks.js";
import type { PracticeDoc, PracticeView } from "./types.js";

/**
 * Reopening a handed-in practice document on request, with the plan's components: the guru asks
 * with a reason; the atasan (or Plt within dates) or the admin decides and sees past decisions.
 */
export function DocumentReopen({ view, doc }: { view: PracticeView; doc: PracticeDoc }) {
  const reopen = useRequestDocumentReopen(view.cycle.id, doc.kind as PracticeKind);
  const roles = view.viewer.roles;
  if (roles.includes("owner")) {
    return (
      <ReopenAsk
        of="document"
        requests={doc.reopenRequests}
        mayAsk={doc.actions.includes("requestReopen")}
        reopen={reopen}
      />
    );
  }
  return (
    <ReopenRequests
      cycleId={view.cycle.id}
      requests={doc.reopenRequests}
      canDecide={roles.includes("superior") || roles.includes("admin")}
    />
  );
}
