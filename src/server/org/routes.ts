import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { createAssignment, setAssignmentEnd } from "./assignments.js";
import { listDistrictAssignments } from "./assignments-list.js";
import * as c from "./contract.js";
import { setDistrictTimeZone } from "./districts.js";
import { createTeacher, listDistrictPeople, resetAccount, updatePerson } from "./people.js";
import { createSchool, getSchoolDetail, listDistrictsFor, listSchoolsFor, updateSchool } from "./schools.js";

export function orgRoutes(app: FastifyInstance, { database, clock }: FeatureDeps): void {
  const db = database.db;
  route(app, c.listDistricts, async ({ actor }) => ({ districts: await listDistrictsFor(db, actor) }));
  route(app, c.updateDistrict, async ({ actor, params, body }) =>
    setDistrictTimeZone(db, actor, params.id, body.timeZone, clock.now()),
  );
  route(app, c.listSchools, async ({ actor, query }) => listSchoolsFor(db, actor, query));
  route(app, c.createSchool, async ({ actor, params, body }) => createSchool(db, actor, params.id, body));
  route(app, c.getSchool, async ({ actor, params }) => getSchoolDetail(db, actor, params.id, clock.now()));
  route(app, c.updateSchool, async ({ actor, params, body }) => updateSchool(db, actor, params.id, body));
  route(app, c.listPeople, async ({ actor, params, query }) =>
    listDistrictPeople(db, actor, params.id, clock.now(), query),
  );
  route(app, c.createPerson, async ({ actor, params, body }) => createTeacher(db, actor, params.id, body, clock.now()));
  route(app, c.updatePerson, async ({ actor, params, body }) => updatePerson(db, actor, params.id, body, clock.now()));
  route(app, c.resetAccount, async ({ actor, params }) => resetAccount(db, actor, params.id, clock.now()));
  route(app, c.listAssignments, async ({ actor, params, query }) =>
    listDistrictAssignments(db, actor, params.id, clock.now(), query),
  );
  route(app, c.createAssignment, async ({ actor, body }) => createAssignment(db, actor, body, clock.now()));
  route(app, c.endAssignment, async ({ actor, params, body }) =>
    setAssignmentEnd(db, actor, params.id, body.endsOn, clock.now()),
  );
}
