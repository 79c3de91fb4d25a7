ALTER TABLE "people" drop column "search_key";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(nip, '') || ' ' || coalesce(nuptk, ''))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_key" gin_trgm_ops);
--> statement-breakpoint
-- The word starts of the new keys (the NUPTK is a word of its own).
DELETE FROM person_search_words;
--> statement-breakpoint
INSERT INTO person_search_words (person_id, suffix)
  SELECT p.id, s FROM people p CROSS JOIN LATERAL word_suffixes(p.search_key) s ON CONFLICT DO NOTHING;
