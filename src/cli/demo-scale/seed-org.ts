import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { addDays } from "../../domain/cycles/phase.js";
import type { IsoDate } from "../../domain/org/types.js";

/** Teachers per school; every tenth school is led by a Plt (one of its teachers) instead of a KS. */
export const PER_SCHOOL = 30;
const SCHOOLS_PER_PENGAWAS = 10;
const TIM_KINERJA = 5;

const FIRST = ["Ani", "Budi", "Citra", "Dedi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lukman"];
const LAST = ["Suryani", "Prasetyo", "Handayani", "Kurniawan", "Putri", "Nugroho", "Permata", "Saputra", "Wulandari"];

export type ScaleOrg = { districtId: string; schools: number };

/**
 * A synthetic district written set-based (a few statements whatever its size): schools of
 * PER_SCHOOL teachers with a KS (or a Plt in every tenth school) and an operator, a pengawas per
 * ten schools (the first five also on the Tim Kinerja), two admins and a Kepala Dinas.
 * Usernames are `<code>.<role><n>` (e.g. scale.t1, scale.k1, scale.p1, scale.o1, scale.a1, scale.h1).
 */
export async function seedScaleOrg(
  db: Db,
  o: { code: string; teachers: number; today: IsoDate; passwordHash: string },
): Promise<ScaleOrg> {
  const schools = Math.ceil(o.teachers / PER_SCHOOL);
  const pengawas = Math.ceil(schools / SCHOOLS_PER_PENGAWAS);
  const since = addDays(o.today, -400);
  const prefix = `${o.code.toLowerCase()}.`;
  return db.transaction(async (tx) => {
    const [d] = (
      await tx.execute<{ id: string }>(
        sql`insert into districts (code, name) values (${o.code}, ${`Dinas Pendidikan Skala ${o.code} (data benchmark)`}) returning id`,
      )
    ).rows;
    const districtId = d?.id as string;
    await tx.execute(sql`insert into schools (district_id, npsn, name, level, address)
      select ${districtId}, ${prefix} || lpad(g::text, 6, '0'),
        case when g % 3 = 0 then 'SMP Negeri ' else 'SD Negeri ' end || g || ' Skala',
        (case when g % 3 = 0 then 'SMP' else 'SD' end)::school_level, 'Jl. Pendidikan No. ' || g
      from generate_series(1, ${schools}) g`);
    // One row per person: role letter, number, school number (null for district-wide roles).
    await tx.execute(sql`create temporary table scale_people on commit drop as
      select role, n, school_no from (
        select 't' as role, g as n, (g - 1) / ${PER_SCHOOL} + 1 as school_no from generate_series(1, ${o.teachers}) g
        union all select 'k', g, g from generate_series(1, ${schools}) g where g % 10 <> 0
        union all select 'o', g, g from generate_series(1, ${schools}) g
        union all select 'p', g, null from generate_series(1, ${pengawas}) g
        union all select 'a', g, null from generate_series(1, 2) g
        union all select 'h', 1, null) s`);
    const first = `{${FIRST.join(",")}}`;
    const last = `{${LAST.join(",")}}`;
    await tx.execute(sql`insert into people (nip, name, employment_status, ptk_type, position_level)
      select ${prefix} || role || n,
        (${first}::text[])[n % ${FIRST.length} + 1] || ' ' || (${last}::text[])[n % ${LAST.length} + 1] || ' '
          || case role when 't' then 'Guru' when 'k' then 'KS' when 'o' then 'Operator' when 'p' then 'Pengawas'
             when 'a' then 'Admin' else 'Kepala Dinas' end || ' ' || n,
        (case when role = 'o' then 'NON_ASN' when role = 't' and n % 7 = 0 then 'PPPK' else 'PNS' end)::employment_status,
        case role when 't' then 'Guru Kelas' when 'k' then 'Kepala Sekolah' when 'o' then 'Tenaga Administrasi Sekolah'
          when 'p' then 'Pengawas' else 'Staf Dinas' end,
        case role when 't' then 'Guru Ahli Pertama' when 'k' then 'Guru Ahli Madya' else '' end
      from scale_people`);
    // Fresh rows have no statistics yet: without them the joins below go quadratic at 100,000.
    await tx.execute(sql`analyze scale_people`);
    await tx.execute(sql`analyze people`);
    await tx.execute(sql`analyze schools`);
    await tx.execute(sql`create temporary table scale_ids on commit drop as
      select sp.*, p.id as person_id, s.id as school_id from scale_people sp
      join people p on p.nip = ${prefix} || sp.role || sp.n
      left join schools s on s.npsn = ${prefix} || lpad(sp.school_no::text, 6, '0')`);
    const plt = addDays(o.today, -60);
    const pltEnds = addDays(o.today, 120);
    await tx.execute(sql`analyze scale_ids`);
    // Kinds are cast once outside the union: a text literal does not coerce to the enum inside it.
    await tx.execute(sql`insert into assignments (person_id, kind, district_id, school_id, acting, starts_on, ends_on)
      select person_id, kind::assignment_kind, ${districtId}, school_id, acting, starts_on::date, ends_on::date from (
        select person_id, case role when 't' then 'teacher' when 'k' then 'principal' when 'o' then 'operator'
            when 'a' then 'admin' else 'head_of_district' end as kind,
          school_id, false as acting, ${since} as starts_on, null as ends_on
          from scale_ids where role in ('t', 'k', 'o', 'a', 'h')
        union all select person_id, 'teacher', school_id, false, ${since}, null from scale_ids where role = 'k'
        union all select t.person_id, 'principal', t.school_id, true, ${plt}, ${pltEnds} from scale_ids t
          where t.role = 't' and t.school_no % 10 = 0 and (t.n - 1) % ${PER_SCHOOL} = 0
        union all select p.person_id, 'supervisor', s.school_id, false, ${since}, null from scale_ids p
          join scale_ids s on s.role = 'o' and (s.school_no - 1) / ${SCHOOLS_PER_PENGAWAS} + 1 = p.n where p.role = 'p'
        union all select person_id, 'tim_kinerja', null, false, ${since}, null from scale_ids
          where role = 'p' and n <= ${TIM_KINERJA}) a`);
    // Benchmark-only data: every account shares one precomputed hash (argon2 costs ~30 ms each).
    await tx.execute(sql`insert into accounts (person_id, username, password_hash)
      select person_id, ${prefix} || role || n, ${o.passwordHash} from scale_ids`);
    return { districtId, schools };
  });
}
