ALTER TABLE "districts" ADD COLUMN "time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL;--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_time_zone_check" CHECK (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));--> statement-breakpoint
-- Every cycle has its (empty) plan from the start, so viewing a plan never has to create one.
-- The content matches emptyPlanContent() in src/domain/planning/content.ts.
INSERT INTO "plans" ("cycle_id", "content")
SELECT c."id", '{"lastStep":"profil","profileConfirmed":false,"indicatorCode":null,"rhk":[],"noDuties":null,"duties":[],"behaviourNotes":{},"schoolIds":[]}'::jsonb
FROM "cycles" c
WHERE NOT EXISTS (SELECT 1 FROM "plans" p WHERE p."cycle_id" = c."id");
