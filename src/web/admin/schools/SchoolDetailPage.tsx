import { Anchor, Badge, Button, Group, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { isDistrictAdmin, PATHS } from "../../app/access.js";
import { useSession } from "../../app/session.js";
import { ErrorAlert } from "../../ui/ErrorAlert.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeader } from "../../ui/PageHeader.js";
import { AssignmentList } from "../assignments/AssignmentList.js";
import { useDistrictId } from "../district.js";
import { PeopleList } from "../people/PeopleList.js";
import { AddTeacherModal } from "./AddTeacherModal.js";
import { useSchool } from "./hooks.js";
import { SchoolFormModal } from "./SchoolFormModal.js";

export function SchoolDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const me = useSession();
  const districtId = useDistrictId();
  const detail = useSchool(id);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [showTeachers, setShowTeachers] = useState(false);

  const back = (
    <Anchor component={Link} to={PATHS.schools} size="sm">
      ← {t("admin.schools")}
    </Anchor>
  );
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      </Stack>
    );
  const { school, people, assignments } = detail.data;

  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={school.name}
        intro={[`${t("schools.npsn")} ${school.npsn}`, school.address].filter(Boolean).join(" · ")}
        actions={
          <Group gap="xs">
            <Badge variant="light" size="lg">
              {t(`level.${school.level}`)}
            </Badge>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t("common.edit")}
            </Button>
          </Group>
        }
      />
      {editing && districtId && (
        <SchoolFormModal opened onClose={() => setEditing(false)} districtId={districtId} school={school} />
      )}
      {adding && <AddTeacherModal schoolId={school.id} schoolName={school.name} onClose={() => setAdding(false)} />}

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            {t("schools.staff")} ({people.length})
          </Title>
          <Button size="sm" onClick={() => setAdding(true)}>
            {t("schools.addTeacher")}
          </Button>
        </Group>
        {people.length === 0 ? <Text c="dimmed">{t("schools.noStaff")}</Text> : <PeopleList people={people} />}
      </Stack>

      {assignments.length > 0 && (
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t("schools.assignments")}
          </Title>
          <Switch
            label={t("schools.showTeacherAssignments")}
            checked={showTeachers}
            onChange={(e) => setShowTeachers(e.currentTarget.checked)}
          />
          {/* Teachers are listed above; their assignments matter mostly when someone moves school. */}
          <AssignmentList
            assignments={assignments.filter((a) => showTeachers || a.kind !== "teacher")}
            canEnd={isDistrictAdmin(me)}
          />
        </Stack>
      )}
    </Stack>
  );
}
