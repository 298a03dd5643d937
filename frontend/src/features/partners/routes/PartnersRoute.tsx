import { PlusOutlined } from "@ant-design/icons";
import { Button, Modal, Table, Tabs, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { PartnerStatementStatusBadge } from "@/components/PartnerStatementView";
import { PhoneLink } from "@/components/PhoneLink";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { usePartners, useAllStatements, type Partner, type StatementWithPartner } from "../api/partners";
import { CreatePartnerForm } from "../components/CreatePartnerForm";

const STATEMENT_STATUSES = ["DRAFT", "CONFIRMED", "PAID"] as const satisfies readonly StatementWithPartner["status"][];

/** Every partner's statements in a state, e.g. the drafts waiting for the manager (`?statementStatus=DRAFT`). */
function AllStatements({ status }: { status: StatementWithPartner["status"] | undefined }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const statements = useAllStatements(status);
  const columns: ColumnsType<StatementWithPartner> = [
    {
      title: t("partners.statement.number"),
      dataIndex: "number",
      render: (number: string, statement) => (
        <Link to={`/partners/${statement.partnerId}/statements/${statement.id}`}>{number}</Link>
      ),
    },
    {
      title: t("partners.fields.name"),
      dataIndex: "partnerName",
      render: (name: string, statement) => <Link to={`/partners/${statement.partnerId}?tab=statements`}>{name}</Link>,
    },
    {
      title: t("partners.statement.period"),
      key: "period",
      responsive: ["md"],
      render: (_, statement) => `${statement.periodFrom} – ${statement.periodTo}`,
    },
    {
      title: t("partners.statement.status"),
      dataIndex: "status",
      render: (value: StatementWithPartner["status"]) => <PartnerStatementStatusBadge status={value} />,
    },
    { title: t("partners.fields.units"), dataIndex: "units", align: "right", responsive: ["lg"] },
    {
      title: t("partners.statement.rowNames.net"),
      dataIndex: "net",
      align: "right",
      render: (amount: string) => format.money(amount),
    },
  ];
  if (statements.isError) return <ProblemAlert error={statements.error} />;
  return (
    <Table<StatementWithPartner>
      aria-label={t("partners.allStatements.caption")}
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={statements.data}
      loading={statements.isPending}
      pagination={false}
      scroll={{ x: "max-content" }}
      locale={{
        emptyText: status === "DRAFT" ? t("partners.allStatements.noDrafts") : t("partners.allStatements.none"),
      }}
    />
  );
}

/** The tenant's outsourcing partners (外包合作方), oldest first, and all their statements; bank accounts masked. */
export function PartnersRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const statementStatus = STATEMENT_STATUSES.find((value) => value === search.get("statementStatus"));
  const tab = search.get("tab") === "statements" || search.has("statementStatus") ? "statements" : "partners";
  const partners = usePartners();
  const [creating, setCreating] = useState(false);

  const columns: ColumnsType<Partner> = [
    {
      title: t("partners.fields.name"),
      dataIndex: "name",
      render: (name: string, partner) => <Link to={`/partners/${partner.id}`}>{name}</Link>,
    },
    {
      title: t("partners.fields.contacts"),
      dataIndex: "contacts",
      render: (contacts: Partner["contacts"]) => {
        const first = contacts[0];
        if (!first) return "—";
        return (
          <>
            {[first.name, first.role].filter(Boolean).join(" · ")} {first.phone && <PhoneLink phone={first.phone} />}
            {contacts.length > 1 && (
              <Typography.Text type="secondary">
                {" "}
                {t("partners.moreContacts", { count: contacts.length - 1 })}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    {
      title: t("partners.fields.bankAccount"),
      dataIndex: "bankAccount",
      responsive: ["md"],
      render: (account: Partner["bankAccount"]) =>
        account ? `${account.bank ?? ""} ${account.accountNumberMasked ?? ""}`.trim() || "—" : "—",
    },
    {
      title: t("partners.fields.staff"),
      key: "staff",
      align: "right",
      responsive: ["md"],
      render: (_, partner) => partner.staff.length,
    },
    {
      title: t("partners.fields.createdAt"),
      dataIndex: "createdAt",
      responsive: ["lg"],
      render: (at: string) => format.date(at),
    },
  ];
  const create = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t("partners.create.open")}
    </Button>
  );

  return (
    <ListPage
      title={t("partners.title")}
      description={t("partners.description")}
      actions={create}
      filtersLabel={t("partners.allStatements.filter")}
      filters={
        tab === "statements" && (
          <SelectFilter
            label={t("partners.statement.status")}
            placeholder={t("common.all")}
            value={statementStatus}
            onChange={(value) =>
              setSearch(value ? { statementStatus: value } : { tab: "statements" }, { replace: true })
            }
            options={STATEMENT_STATUSES.map((value) => ({ value, label: t(`partners.statementStatus.${value}`) }))}
          />
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === "statements" ? { tab: key } : {}, { replace: true })}
        items={[
          {
            key: "partners",
            label: t("partners.allStatements.partnersTab"),
            children: (
              <DataTable<Partner>
                caption={t("partners.title")}
                columns={columns}
                rowKey="id"
                empty={{ description: t("partners.empty"), action: create }}
                {...keysetTable(partners)}
              />
            ),
          },
          {
            key: "statements",
            label: t("partners.tabs.statements"),
            children: <AllStatements status={statementStatus} />,
          },
        ]}
      />
      <Modal
        open={creating}
        title={t("partners.create.title")}
        width={720}
        footer={null}
        destroyOnHidden
        onCancel={() => setCreating(false)}
      >
        {creating && <CreatePartnerForm onCreated={(partner) => void navigate(`/partners/${partner.id}`)} />}
      </Modal>
    </ListPage>
  );
}
