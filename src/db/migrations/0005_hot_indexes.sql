-- pg_trgm: the admin search (ILIKE %…% on name and NIP). A trusted extension (PostgreSQL 13+): the database owner may create it; PGlite loads it in src/db/client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "assignments_district_idx";--> statement-breakpoint
CREATE INDEX "assignments_district_person_idx" ON "assignments" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "people_name_id_idx" ON "people" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "people_name_trgm_idx" ON "people" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_nip_trgm_idx" ON "people" USING gin ("nip" gin_trgm_ops);