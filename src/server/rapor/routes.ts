import type { FastifyInstance } from "fastify";
import { route } from "../core/route.js";
import type { FeatureDeps } from "../features.js";
import { readCsvUpload } from "../import/read-upload.js";
import * as c from "./contract.js";
import { getRapor } from "./get-rapor.js";
import { importDistrictRapor } from "./import-district-rapor.js";
import { importRapor } from "./import-rapor.js";

export function raporRoutes(app: FastifyInstance, { database }: FeatureDeps): void {
  const db = database.db;
  route(app, c.importRapor, async ({ actor, params, req }) =>
    importRapor({ db, actor, schoolId: params.id, readCsv: (max) => readCsvUpload(req, max) }),
  );
  route(app, c.importDistrictRapor, async ({ actor, params, req }) =>
    importDistrictRapor({ db, actor, districtId: params.id, readCsv: (max) => readCsvUpload(req, max) }),
  );
  route(app, c.getRapor, async ({ actor, params }) => getRapor(db, actor, params.id));
}
