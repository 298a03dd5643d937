import { PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory } from "@/lib/directory";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useClaimTrip, useExpenseClaims, type ExpenseClaim, type ExpenseClaimStatus } from "../api/expenses";
import { ClaimStatusBadge } from "../components/ClaimStatusBadge";
import { claimFlags } from "../model/claim-form";

const STATUSES = ["SUBMITTED", "APPROVED", "REJECTED", "PAID"] as const satisfies readonly ExpenseClaimStatus[];

/** Expense claims (报销), oldest first: installers see and submit their own, the manager decides. */
export function ExpenseClaimsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const maySubmit = me.roles.includes("manager") || me.roles.includes("installer");
  const { search, choose } = useUrlFilters();
  const status = STATUSES.find((value) => value === search.get("status"));
  const tripId = search.get("tripId") ?? undefined;
  const installers = useInstallerDirectory(office);
  const personId = office ? (search.get("personId") ?? undefined) : undefined;
  const claims = useExpenseClaims({ status, tripId, personId });
  const trip = useClaimTrip(tripId);
  const nameOf = (id: string) => (id === me.userId ? me.displayName : nameIn(installers.data, id));
  const filtered = !!(status || tripId || personId);

  const columns: ColumnsType<ExpenseClaim> = [
    {
      title: t("expenses.fields.number"),
      dataIndex: "number",
      render: (number: string, claim) => <Link to={`/expense-claims/${claim.id}`}>{number}</Link>,
    },
    { title: t("expenses.fields.person"), dataIndex: "personId", render: (id: string) => nameOf(id) },
    {
      title: t("expenses.fields.submittedAt"),
      dataIndex: "submittedAt",
      responsive: ["md"],
      render: (at: string) => format.dateTime(at),
    },
    {
      title: t("expenses.fields.total"),
      dataIndex: "total",
      align: "right",
      render: (total: string) => format.money(total),
    },
    {
      title: t("expenses.fields.status"),
      dataIndex: "status",
      render: (value: ExpenseClaimStatus) => <ClaimStatusBadge status={value} />,
    },
    {
      title: t("expenses.fields.flags"),
      key: "flags",
      responsive: ["md"],
      render: (_, claim) => {
        const flags = claimFlags(claim);
        return (
          <Flex gap={4} wrap>
            {flags.duplicates > 0 && (
              <Tag color="warning">{t("expenses.flags.duplicates", { n: flags.duplicates })}</Tag>
            )}
            {flags.aboveCap > 0 && <Tag color="warning">{t("expenses.flags.aboveCap", { n: flags.aboveCap })}</Tag>}
          </Flex>
        );
      },
    },
  ];

  const submitLink = maySubmit && (
    <LinkButton
      type="primary"
      icon={<PlusOutlined />}
      to={tripId ? `/expense-claims/new?tripId=${tripId}` : "/expense-claims/new"}
    >
      {t("expenses.submit.open")}
    </LinkButton>
  );

  return (
    <ListPage
      title={t("expenses.title")}
      description={t("expenses.description")}
      actions={submitLink}
      filtersLabel={t("expenses.filter")}
      filters={
        <>
          <SelectFilter
            label={t("expenses.fields.status")}
            placeholder={t("common.all")}
            value={status}
            onChange={(value) => choose("status", value)}
            options={STATUSES.map((value) => ({ value, label: t(`expenses.status.${value}`) }))}
          />
          {office && (
            <SelectFilter
              label={t("expenses.fields.person")}
              placeholder={t("common.all")}
              value={personId}
              onChange={(value) => choose("personId", value)}
              options={(installers.data ?? []).map((entry) => ({ value: entry.id, label: entry.name }))}
            />
          )}
          {tripId && (
            <Form.Item label={t("expenses.fields.trip")} htmlFor="filter-expenses-fields-trip">
              <Flex gap={4} align="center">
                id="filter-expenses-fields-trip"
                <Tag>{trip.data ? `${trip.data.number} ${trip.data.destination}` : t("common.loading")}</Tag>
                <Button type="link" size="small" onClick={() => choose("tripId", undefined)}>
                  {t("expenses.allTrips")}
                </Button>
              </Flex>
            </Form.Item>
          )}
        </>
      }
    >
      <DataTable<ExpenseClaim>
        caption={t("expenses.title")}
        columns={columns}
        rowKey="id"
        empty={{
          description: filtered ? t("expenses.noMatch") : t("expenses.empty"),
          action: submitLink,
        }}
        {...keysetTable(claims)}
      />
    </ListPage>
  );
}
