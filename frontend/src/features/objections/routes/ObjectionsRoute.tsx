import { PlusOutlined } from "@ant-design/icons";
import { Checkbox, Form } from "antd";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { PROMISE_STATUSES } from "@/lib/promises";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useObjections, type Objection } from "../api/objections";
import { useObjectionColumns } from "../components/ObjectionTable";
import { OBJECTION_SOURCES, OBJECTION_STATUSES } from "../model/objection-form";
import { ALL, objectionFilterOf } from "../model/objection-list";

/** Customers' objections, oldest first, with the deadline of the commitment owed to each. */
export function ObjectionsRoute() {
  const { t } = useTranslation();
  const { search, choose } = useUrlFilters();
  const filter = objectionFilterOf(search);
  const objections = useObjections(filter);
  const columns = useObjectionColumns();
  const create = (
    <LinkButton type="primary" icon={<PlusOutlined />} to="/objections/new">
      {t("objections.create.open")}
    </LinkButton>
  );

  return (
    <ListPage
      title={t("objections.title")}
      description={t("objections.description")}
      actions={create}
      filtersLabel={t("objections.filter")}
      filters={
        <>
          <SelectFilter<string>
            label={t("objections.fields.status")}
            placeholder={t("objections.status.OPEN")}
            value={filter.status ?? ALL}
            // Without a status the list shows the objections waiting for a commitment.
            onChange={(value) => choose("status", value === "OPEN" ? undefined : value)}
            options={[
              { value: ALL, label: t("objections.allStatuses") },
              ...OBJECTION_STATUSES.map((value) => ({ value, label: t(`objections.status.${value}`) })),
            ]}
          />
          <SelectFilter
            label={t("objections.fields.source")}
            placeholder={t("objections.allSources")}
            value={filter.source}
            onChange={(value) => choose("source", value)}
            options={OBJECTION_SOURCES.map((value) => ({ value, label: t(`objections.source.${value}`) }))}
          />
          <SelectFilter
            label={t("promise.filter")}
            placeholder={t("promise.anyStatus")}
            value={filter.promiseStatus}
            onChange={(value) => choose("promiseStatus", value)}
            options={PROMISE_STATUSES.map((value) => ({ value, label: t(`promise.status.${value}`) }))}
          />
          <Form.Item>
            <Checkbox
              checked={filter.escalated === true}
              onChange={(event) => choose("escalated", event.target.checked ? "true" : undefined)}
            >
              {t("objections.escalatedOnly")}
            </Checkbox>
          </Form.Item>
        </>
      }
    >
      <DataTable<Objection>
        caption={t("objections.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: t("objections.empty") }}
        {...keysetTable(objections)}
      />
    </ListPage>
  );
}
