import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isDistrictAdmin } from "../app/access.js";
import { useSession } from "../app/session.js";

/** Hides district-wide pages from school operators (the API refuses them anyway). */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  if (!isDistrictAdmin(useSession())) {
    return (
      <Alert color="orange" title={t("error.forbiddenTitle")}>
        {t("admin.adminOnly")}
      </Alert>
    );
  }
  return children;
}
