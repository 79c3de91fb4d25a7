import type { ContractOutput } from "../../server/core/contract.js";
import type { getPractice } from "../../server/practice/contract.js";

export type PracticeView = ContractOutput<typeof getPractice>;
export type PracticeDoc = PracticeView["documents"][number];
export type Indicator = NonNullable<PracticeView["indicator"]>;
