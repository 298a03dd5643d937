import { PlusOutlined } from "@ant-design/icons";
import { Button, Modal, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory } from "@/lib/directory";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useTrips, type Trip, type TripStatus } from "../api/trips";
import { CreateTripForm } from "../components/CreateTripForm";
import { TripStatusBadge } from "../components/TripStatusBadge";

const STATUSES = ["PLANNED", "COMPLETED", "CANCELLED"] as const satisfies readonly TripStatus[];

/** Trips (出差) with each person's allowances; the office plans them, installers see their own. */
export function TripsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const { search, choose } = useUrlFilters();
  const status = STATUSES.find((value) => value === search.get("status"));
  const trips = useTrips(status);
  const installers = useInstallerDirectory(office);
  const [creating, setCreating] = useState(false);
  const nameOf = (id: string) => (id === me.userId ? me.displayName : nameIn(installers.data, id));

  const columns: ColumnsType<Trip> = [
    {
      title: t("trips.fields.number"),
      dataIndex: "number",
      render: (number: string, trip) => <Link to={`/trips/${trip.id}`}>{number}</Link>,
    },
    { title: t("trips.fields.destination"), dataIndex: "destination" },
    {
      title: t("trips.fields.days"),
      key: "days",
      render: (_, trip) => (
        <>
          {trip.firstDay} – {trip.lastDay}{" "}
          <Typography.Text type="secondary">{t("trips.dayCount", { n: trip.days })}</Typography.Text>
        </>
      ),
    },
    {
      title: t("trips.fields.people"),
      dataIndex: "personIds",
      responsive: ["md"],
      render: (ids: string[]) => ids.map(nameOf).join("、"),
    },
    {
      title: t("trips.fields.status"),
      dataIndex: "status",
      render: (value: TripStatus) => <TripStatusBadge status={value} />,
    },
    {
      title: t("trips.fields.allowanceTotal"),
      dataIndex: "allowanceTotal",
      align: "right",
      responsive: ["md"],
      render: (amount: string) => format.money(amount),
    },
  ];
  const create = office && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t("trips.create.open")}
    </Button>
  );

  return (
    <ListPage
      title={t("trips.title")}
      description={t("trips.description")}
      actions={create}
      filtersLabel={t("trips.filter")}
      filters={
        <SelectFilter
          label={t("trips.fields.status")}
          placeholder={t("common.all")}
          value={status}
          onChange={(value) => choose("status", value)}
          options={STATUSES.map((value) => ({ value, label: t(`trips.status.${value}`) }))}
        />
      }
    >
      <DataTable<Trip>
        caption={t("trips.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: status ? t("trips.noMatch") : t("trips.empty"), action: create }}
        {...keysetTable(trips)}
      />
      <Modal
        open={creating}
        title={t("trips.create.title")}
        width={720}
        footer={null}
        destroyOnHidden
        onCancel={() => setCreating(false)}
      >
        {creating && <CreateTripForm onCreated={(trip) => void navigate(`/trips/${trip.id}`)} />}
      </Modal>
    </ListPage>
  );
}
