CREATE TABLE "person_search_words" (
	"person_id" uuid NOT NULL,
	"suffix" text NOT NULL,
	CONSTRAINT "person_search_words_person_id_suffix_pk" PRIMARY KEY("person_id","suffix")
);
--> statement-breakpoint
ALTER TABLE "person_search_words" ADD CONSTRAINT "person_search_words_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_search_words_suffix_idx" ON "person_search_words" USING btree (("suffix" collate "C"),"person_id");--> statement-breakpoint
-- The start of every word of a search key, to the key's end (capped: a term longer than 200
-- characters is matched as a substring instead).
CREATE FUNCTION word_suffixes(key text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  select left(substr(key, i), 200) from generate_series(1, length(key)) as i
  where substr(key, i, 1) <> ' ' and (i = 1 or substr(key, i - 1, 1) = ' ')
$$;
--> statement-breakpoint
-- Per statement, so an import of 100,000 people writes their words in one insert.
CREATE FUNCTION person_search_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'UPDATE' then
    delete from person_search_words w using added a join removed r on r.id = a.id
      where w.person_id = a.id and a.search_key is distinct from r.search_key;
    insert into person_search_words (person_id, suffix)
      select a.id, s from added a join removed r on r.id = a.id cross join lateral word_suffixes(a.search_key) s
      where a.search_key is distinct from r.search_key
      on conflict do nothing;
  else
    insert into person_search_words (person_id, suffix)
      select a.id, s from added a cross join lateral word_suffixes(a.search_key) s
      on conflict do nothing;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER people_search_words_insert AFTER INSERT ON "people"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION person_search_words_sync();
--> statement-breakpoint
CREATE TRIGGER people_search_words_update AFTER UPDATE ON "people"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION person_search_words_sync();
--> statement-breakpoint
INSERT INTO person_search_words (person_id, suffix)
  SELECT p.id, s FROM people p CROSS JOIN LATERAL word_suffixes(p.search_key) s ON CONFLICT DO NOTHING;
