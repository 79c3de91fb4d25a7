DROP INDEX "district_search_words_suffix_idx";--> statement-breakpoint
ALTER TABLE "district_search_words" ADD COLUMN "shared" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "person_search_words" ADD COLUMN "shared" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "district_search_words_walk_idx" ON "district_search_words" USING btree ("district_id",("suffix" collate "C"),"person_id","shared");--> statement-breakpoint
-- How many leading characters two texts share (their common prefix), in characters.
CREATE FUNCTION common_prefix_length(a text, b text) RETURNS smallint LANGUAGE plpgsql IMMUTABLE STRICT AS $$
declare
  n int := least(length(a), length(b));
  i int := 0;
begin
  while i < n and substr(a, i + 1, 1) = substr(b, i + 1, 1) loop
    i := i + 1;
  end loop;
  return i;
end $$;
--> statement-breakpoint
-- A key's word starts (word_suffixes, once each) with what each shares with the one before it in byte
-- order: a term is the start of several of a person's words only if they follow each other in that
-- order, so the first of them is the one that shares fewer than the term's length with the one before.
CREATE FUNCTION word_starts(key text) RETURNS TABLE (suffix text, shared smallint) LANGUAGE sql IMMUTABLE AS $$
  select s, coalesce(common_prefix_length(s, lag(s) over (order by s collate "C")), 0)::smallint
  from (select distinct w as s from word_suffixes(key) w) x
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION person_search_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'UPDATE' then
    delete from person_search_words w using added a join removed r on r.id = a.id
      where w.person_id = a.id and a.search_key is distinct from r.search_key;
    insert into person_search_words (person_id, suffix, shared)
      select a.id, s.suffix, s.shared from added a join removed r on r.id = a.id cross join lateral word_starts(a.search_key) s
      where a.search_key is distinct from r.search_key
      on conflict do nothing;
  else
    insert into person_search_words (person_id, suffix, shared)
      select a.id, s.suffix, s.shared from added a cross join lateral word_starts(a.search_key) s
      on conflict do nothing;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION district_search_words_from_assignments() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'UPDATE' then
    delete from district_search_words d
      using (select distinct r.person_id, r.district_id from removed r join added a on a.id = r.id
        where (a.person_id, a.district_id) is distinct from (r.person_id, r.district_id)) r
      where d.person_id = r.person_id and d.district_id = r.district_id
        and not exists (select 1 from assignments x where x.person_id = r.person_id and x.district_id = r.district_id);
    insert into district_search_words (person_id, district_id, suffix, shared)
      select distinct a.person_id, a.district_id, w.suffix, w.shared from added a join removed r on r.id = a.id
        join person_search_words w on w.person_id = a.person_id
      where (a.person_id, a.district_id) is distinct from (r.person_id, r.district_id)
      on conflict do nothing;
  elsif tg_op = 'DELETE' then
    delete from district_search_words d
      using (select distinct person_id, district_id from removed) r
      where d.person_id = r.person_id and d.district_id = r.district_id
        and not exists (select 1 from assignments x where x.person_id = r.person_id and x.district_id = r.district_id);
  else
    insert into district_search_words (person_id, district_id, suffix, shared)
      select distinct a.person_id, a.district_id, w.suffix, w.shared from added a join person_search_words w on w.person_id = a.person_id
      on conflict do nothing;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION district_search_words_from_words() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'DELETE' then
    delete from district_search_words d using removed r where d.person_id = r.person_id and d.suffix = r.suffix;
  else
    insert into district_search_words (person_id, district_id, suffix, shared)
      select distinct n.person_id, x.district_id, n.suffix, n.shared from added n join assignments x on x.person_id = n.person_id
      on conflict do nothing;
  end if;
  return null;
end $$;
--> statement-breakpoint
-- The words already kept: most share nothing with the one before (another first letter), so few rows change.
UPDATE person_search_words w SET shared = x.shared
  FROM (SELECT person_id, suffix, coalesce(common_prefix_length(suffix,
      lag(suffix) OVER (PARTITION BY person_id ORDER BY suffix COLLATE "C")), 0) AS shared
    FROM person_search_words) x
  WHERE x.person_id = w.person_id AND x.suffix = w.suffix AND x.shared <> 0;
--> statement-breakpoint
UPDATE district_search_words d SET shared = w.shared FROM person_search_words w
  WHERE w.person_id = d.person_id AND w.suffix = d.suffix AND w.shared <> 0;
