DROP INDEX "assignments_school_idx";--> statement-breakpoint
CREATE INDEX "assignments_school_kind_idx" ON "assignments" USING btree ("school_id","kind");