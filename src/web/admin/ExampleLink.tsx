import { Anchor } from "@mantine/core";
import { type EXAMPLE_FILES, getExampleFile } from "../../server/import/contract.js";
import { buildUrl } from "../api/client.js";

/** A download link to one of the example CSVs the server ships (GET /api/examples/:name), not a path in the repository. */
export function ExampleLink({ name, label }: { name: (typeof EXAMPLE_FILES)[number]; label: string }) {
  return (
    <Anchor href={buildUrl(getExampleFile.path, { params: { name } })} download={name} size="sm">
      ↓ {label}
    </Anchor>
  );
}
