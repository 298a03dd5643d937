import { PlusOutlined } from "@ant-design/icons";
import { Button, Form, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { InstallerPicker } from "@/components/form/InstallerPicker";
import { ListPage } from "@/components/ListPage";
import { useCurrentUser } from "@/lib/current-user";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useDisciplineEntries, type DisciplineEntry } from "../api/discipline";
import { useDisciplineColumns } from "../components/DisciplineTable";
import { DisciplineTabs } from "../components/DisciplineTabs";
import { EntryPanel } from "../components/EntryPanel";
import { ManualEntryForm } from "../components/ManualEntryForm";
import {
  APPEAL_STATUSES,
  DISCIPLINE_KINDS,
  DISCIPLINE_RULES,
  DISCIPLINE_STATUSES,
  disciplineFilterOf,
} from "../model/discipline";

/**
 * The discipline ledger (奖惩记录): the office sees everyone's entries and decides on them; an installer sees
 * their own and may appeal each once. `?status=PROPOSED` and `?appealStatus=PENDING` are the manager's to-dos.
 */
export function DisciplineRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const isManager = me.roles.includes("manager");
  const { search, choose } = useUrlFilters();
  const filter = disciplineFilterOf(search);
  const entries = useDisciplineEntries(filter);
  const table = keysetTable(entries);
  const selectedId = search.get("entry");
  const selected = table.rows.find((entry) => entry.id === selectedId);
  const [creating, setCreating] = useState(false);
  const select = (entryId: string | null) => choose("entry", entryId ?? undefined);
  const columns = useDisciplineColumns({ fieldOnly: !office, selectedId, onSelect: select });
  const filtered = !!(filter.status || filter.kind || filter.rule || filter.appealStatus || filter.installerId);

  return (
    <>
      <ListPage
        title={office ? t("discipline.title") : t("discipline.myTitle")}
        description={office ? t("discipline.description") : t("discipline.myDescription")}
        actions={
          isManager && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t("discipline.manual.open")}
            </Button>
          )
        }
        filtersLabel={t("discipline.filter")}
        filters={
          <>
            <SelectFilter
              label={t("discipline.fields.status")}
              placeholder={t("common.all")}
              value={filter.status}
              onChange={(value) => choose("status", value)}
              options={DISCIPLINE_STATUSES.map((value) => ({ value, label: t(`discipline.status.${value}`) }))}
            />
            <SelectFilter
              label={t("discipline.fields.appeal")}
              placeholder={t("common.all")}
              value={filter.appealStatus}
              onChange={(value) => choose("appealStatus", value)}
              options={APPEAL_STATUSES.map((value) => ({ value, label: t(`discipline.appealStatus.${value}`) }))}
            />
            <SelectFilter
              label={t("discipline.fields.kind")}
              placeholder={t("common.all")}
              value={filter.kind}
              onChange={(value) => choose("kind", value)}
              options={DISCIPLINE_KINDS.map((value) => ({ value, label: t(`discipline.kind.${value}`) }))}
            />
            <SelectFilter
              label={t("discipline.fields.rule")}
              placeholder={t("common.all")}
              value={filter.rule}
              onChange={(value) => choose("rule", value)}
              options={DISCIPLINE_RULES.map((value) => ({ value, label: t(`discipline.rule.${value}`) }))}
            />
            {office && (
              <Form.Item label={t("discipline.fields.installer")} htmlFor="filter-discipline-fields-installer">
                <InstallerPicker
                  id="filter-discipline-fields-installer"
                  placeholder={t("common.all")}
                  value={filter.installerId}
                  onChange={(installerId) => choose("installerId", installerId)}
                />
              </Form.Item>
            )}
          </>
        }
        extra={
          <>
            {office && <DisciplineTabs />}
            {selected && (
              <EntryPanel
                key={`${selected.id}-${selected.version}`}
                entry={selected}
                fieldOnly={!office}
                onClose={() => select(null)}
              />
            )}
          </>
        }
      >
        <DataTable<DisciplineEntry>
          caption={t("discipline.title")}
          columns={columns}
          rowKey="id"
          empty={{ description: filtered ? t("discipline.noMatch") : t("discipline.empty") }}
          {...table}
        />
      </ListPage>
      <Modal
        open={creating}
        title={t("discipline.manual.title")}
        footer={null}
        destroyOnHidden
        onCancel={() => setCreating(false)}
      >
        <p>{t("discipline.manual.description")}</p>
        {creating && (
          <ManualEntryForm
            onCreated={(entry) => {
              setCreating(false);
              select(entry.id);
            }}
          />
        )}
      </Modal>
    </>
  );
}
