DROP INDEX "people_name_trgm_idx";--> statement-breakpoint
DROP INDEX "people_nip_trgm_idx";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(nip, ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(name || ' ' || npsn)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "schools_search_trgm_idx" ON "schools" USING gin ("search_key" gin_trgm_ops);