-- Plans move onto the document engine's table: a plan is the document of kind 'plan' of its
-- cycle, with the same id (links, audit events and notifications keep pointing at it). Its
-- earlier versions become document revisions, and reopen requests point at documents, so a
-- practice document can be reopened on request the same way.
ALTER TABLE "documents" ADD COLUMN "returned_content" jsonb;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
INSERT INTO "documents" ("id", "cycle_id", "kind", "status", "version", "revision", "content", "submitted_at",
  "decided_at", "decided_by", "decided_as", "note", "returned_content", "completed_at", "created_at", "updated_at")
SELECT "id", "cycle_id", 'plan', "status"::text, "version", "revision", "content", "submitted_at",
  "decided_at", "decided_by", "decided_as", "return_note", "returned_content", "agreed_at", "created_at", "updated_at"
FROM "plans";--> statement-breakpoint
INSERT INTO "document_revisions" ("id", "document_id", "revision", "status", "content", "archived_at")
SELECT "id", "plan_id", "revision", "status"::text, "content", "archived_at" FROM "plan_revisions";--> statement-breakpoint
ALTER TABLE "reopen_requests" DROP CONSTRAINT "reopen_requests_plan_id_plans_id_fk";--> statement-breakpoint
DROP INDEX "reopen_requests_plan_idx";--> statement-breakpoint
ALTER TABLE "reopen_requests" RENAME COLUMN "plan_id" TO "document_id";--> statement-breakpoint
ALTER TABLE "reopen_requests" ADD CONSTRAINT "reopen_requests_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reopen_requests_document_idx" ON "reopen_requests" USING btree ("document_id");--> statement-breakpoint
DROP TABLE "plan_revisions";--> statement-breakpoint
DROP TABLE "plans";--> statement-breakpoint
DROP TYPE "public"."plan_status";
