import { and, eq } from "drizzle-orm";
import { RULE_SET_TEMPLATES } from "../domain/rulesets/catalogue/templates.js";
import type { Queryable } from "./client.js";
import { ruleSets } from "./schema.js";

/** Makes sure every shipped template version is in the database. Idempotent, also on nodes starting together; runs at start. */
export async function seedRuleSetTemplates(db: Queryable): Promise<void> {
  for (const t of RULE_SET_TEMPLATES) {
    const [existing] = await db
      .select({ id: ruleSets.id })
      .from(ruleSets)
      .where(and(eq(ruleSets.code, t.code), eq(ruleSets.version, t.version)));
    // Another node starting at the same moment may insert it first: (code, version) is unique.
    if (!existing)
      await db
        .insert(ruleSets)
        .values({ code: t.code, version: t.version, name: t.name, content: t.content })
        .onConflictDoNothing();
  }
}
