ALTER TABLE "districts" ADD COLUMN "time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL;--> statement-breakpoint
CREATE INDEX "assignments_district_kind_idx" ON "assignments" USING btree ("district_id","kind");--> statement-breakpoint
CREATE INDEX "cycles_person_idx" ON "cycles" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cycles_school_idx" ON "cycles" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "cycles_period_track_idx" ON "cycles" USING btree ("period_id","track");--> statement-breakpoint
CREATE INDEX "cycles_period_superior_kind_idx" ON "cycles" USING btree ("period_id","superior_kind");--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_time_zone_check" CHECK (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));--> statement-breakpoint
-- Every cycle has its (empty) plan from the start, so viewing a plan never has to create one.
-- The content is emptyPlanContent() of src/domain/planning/content.ts (a test checks they match).
INSERT INTO "plans" ("cycle_id", "content")
SELECT c."id", '{"lastStep":"profil","profileConfirmed":false,"indicatorCode":null,"rhk":[],"noDuties":null,"duties":[],"behaviourNotes":{},"schoolIds":[]}'::jsonb
FROM "cycles" c
WHERE NOT EXISTS (SELECT 1 FROM "plans" p WHERE p."cycle_id" = c."id");
