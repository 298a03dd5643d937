import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { PROMISE_STATUSES } from "@/lib/promises";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useComplaints, type Complaint } from "../api/complaints";
import { useComplaintColumns } from "../components/ComplaintTable";
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from "../model/complaint-form";
import { complaintFilterOf } from "../model/complaint-list";

/** Customers' complaints (投诉), newest first, with the deadline of the answer owed to each. */
export function ComplaintsRoute() {
  const { t } = useTranslation();
  const { search, choose } = useUrlFilters();
  const filter = complaintFilterOf(search);
  const complaints = useComplaints(filter);
  const columns = useComplaintColumns();
  const filtered = !!(filter.status || filter.category || filter.promiseStatus);
  const create = (
    <LinkButton type="primary" icon={<PlusOutlined />} to="/complaints/new">
      {t("complaints.create.open")}
    </LinkButton>
  );

  return (
    <ListPage
      title={t("complaints.title")}
      description={t("complaints.description")}
      actions={create}
      filtersLabel={t("complaints.filter")}
      filters={
        <>
          <SelectFilter
            label={t("complaints.fields.status")}
            placeholder={t("common.all")}
            value={filter.status}
            onChange={(value) => choose("status", value)}
            options={COMPLAINT_STATUSES.map((value) => ({ value, label: t(`complaints.status.${value}`) }))}
          />
          <SelectFilter
            label={t("complaints.fields.category")}
            placeholder={t("common.all")}
            value={filter.category}
            onChange={(value) => choose("category", value)}
            options={COMPLAINT_CATEGORIES.map((value) => ({ value, label: t(`complaints.category.${value}`) }))}
          />
          <SelectFilter
            label={t("promise.filter")}
            placeholder={t("promise.anyStatus")}
            value={filter.promiseStatus}
            onChange={(value) => choose("promiseStatus", value)}
            options={PROMISE_STATUSES.map((value) => ({ value, label: t(`promise.status.${value}`) }))}
          />
        </>
      }
    >
      <DataTable<Complaint>
        caption={t("complaints.title")}
        columns={columns}
        rowKey="id"
        empty={{
          description: filtered ? t("complaints.noMatch") : t("complaints.empty"),
          action: filtered ? undefined : create,
        }}
        {...keysetTable(complaints)}
      />
    </ListPage>
  );
}
