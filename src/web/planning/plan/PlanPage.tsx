import { Container } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { usePlanView } from "../hooks.js";
import { PlanEditorView } from "./PlanEditorView.js";

/** /perencanaan/:cycleId — always starts from a fresh read, so autosave never begins from a stale version. */
export function PlanPage() {
  const { cycleId = "" } = useParams();
  const query = usePlanView(cycleId);
  const [reloads, setReloads] = useState(0);
  if (query.isError && !query.data)
    return (
      <Container size="xs" px={0}>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </Container>
    );
  if (!query.data || !query.isFetchedAfterMount) return <Loading />;
  const { plan } = query.data;
  const reload = async () => {
    await query.refetch();
    setReloads((n) => n + 1);
  };
  // A new status or revision (submit, decision, reopen) or an explicit reload starts the editor afresh.
  return (
    <PlanEditorView key={`${plan.id}:${plan.revision}:${plan.status}:${reloads}`} view={query.data} reload={reload} />
  );
}
