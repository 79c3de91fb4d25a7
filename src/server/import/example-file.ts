import { readFile } from "node:fs/promises";
import type { EXAMPLE_FILES } from "./contract.js";

const EXAMPLES_DIR = new URL("../../../examples/", import.meta.url);

/**
 * An example CSV as shipped in examples/: the admin pages link it so nobody needs the repository.
 * The name is one of EXAMPLE_FILES (checked by the contract), never a path the client made up.
 */
export async function readExampleFile(name: (typeof EXAMPLE_FILES)[number]): Promise<Buffer> {
  return readFile(new URL(name, EXAMPLES_DIR));
}
