import { ArrowLeftOutlined, CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory, useServicePointDirectory } from "@/lib/directory";
import { useStaffNames } from "@/lib/staff-names";
import { useTrip, useTripStep, useWorkOrderNumbers, type Trip } from "../api/trips";
import { TripStatusBadge } from "../components/TripStatusBadge";
import { tagColour } from "@/app/design/theme";

type Allowance = Trip["allowances"][number];

function CancelForm({ trip, onDone }: { trip: Trip; onDone: () => void }) {
  const { t } = useTranslation();
  const step = useTripStep(trip);
  const { form, onFinish, submitting, problem } = useApiForm<{ reason: string }, Trip>({
    submit: ({ reason }) => step.mutateAsync({ step: "cancel", reason: reason.trim() }),
    success: (saved) => t("trips.detail.cancelled", { number: saved.number }),
    onSuccess: onDone,
  });
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={t("trips.actions.cancel")}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item
        name="reason"
        label={t("trips.fields.cancelReason")}
        rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {problem}
      <SubmitButton submitting={submitting}>{t("trips.actions.cancelSubmit")}</SubmitButton>
    </Form>
  );
}

/** The planned trip's steps: complete it (its allowances go into pay) or cancel it with a reason. */
function TripActions({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = useTripStep(trip);
  const [cancelling, setCancelling] = useState(false);
  return (
    <>
      <Popconfirm
        title={t("trips.detail.confirmComplete", { number: trip.number })}
        onConfirm={() =>
          step.mutateAsync({ step: "complete" }).then(
            (saved) => void message.success(t("trips.detail.completed", { number: saved.number })),
            () => undefined,
          )
        }
      >
        <Button type="primary" icon={<CheckOutlined />} loading={step.isPending}>
          {t("trips.actions.complete")}
        </Button>
      </Popconfirm>
      <Button danger icon={<CloseOutlined />} onClick={() => setCancelling(true)}>
        {t("trips.actions.cancel")}
      </Button>
      <Modal
        open={cancelling}
        title={t("trips.detail.cancelTitle", { number: trip.number })}
        footer={null}
        destroyOnHidden
        onCancel={() => setCancelling(false)}
      >
        {cancelling && <CancelForm trip={trip} onDone={() => setCancelling(false)} />}
      </Modal>
      {step.error != null && <ProblemAlert error={step.error} />}
    </>
  );
}

/** One trip: where, when, who, the linked work orders, and each person's allowances (meals, lodging). */
export function TripDetailRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const staffName = useStaffNames();
  const { tripId = "" } = useParams();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const detail = useTrip(tripId);
  const installers = useInstallerDirectory(office);
  const servicePoints = useServicePointDirectory(office);
  const trip = detail.data;
  const numbers = useWorkOrderNumbers(trip?.workOrderIds ?? [], office);
  const nameOf = (id: string) => (id === me.userId ? me.displayName : nameIn(installers.data, id));

  if (!trip) {
    return (
      <>
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
        <Link to="/trips">{t("trips.back")}</Link>
      </>
    );
  }

  const columns: ColumnsType<Allowance> = [
    { title: t("trips.fields.person"), dataIndex: "personId", rowScope: "row", render: (id: string) => nameOf(id) },
    { title: t("trips.fields.days"), dataIndex: "days", align: "right", responsive: ["md"] },
    { title: t("trips.allowance.nights"), dataIndex: "nights", align: "right", responsive: ["md"] },
    {
      title: t("trips.allowance.meals"),
      dataIndex: "meals",
      align: "right",
      render: (amount: string) => format.money(amount),
    },
    {
      title: t("trips.allowance.lodgingClaimed"),
      dataIndex: "lodgingClaimed",
      align: "right",
      responsive: ["lg"],
      render: (amount: string) => format.money(amount),
    },
    {
      title: t("trips.allowance.lodging"),
      dataIndex: "lodging",
      align: "right",
      render: (amount: string, allowance) => (
        <Space size={4}>
          {format.money(amount)}
          {allowance.lodgingAboveCap && <Tag color="warning">{t("trips.allowance.aboveCap")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("trips.allowance.total"),
      dataIndex: "total",
      align: "right",
      render: (amount: string) => <Typography.Text strong>{format.money(amount)}</Typography.Text>,
    },
  ];

  return (
    <DetailLayout
      title={`${trip.number} · ${trip.destination}`}
      tags={<TripStatusBadge status={trip.status} />}
      description={trip.payMonth ? t("trips.payMonth", { month: trip.payMonth }) : undefined}
      actions={
        <>
          {office && trip.status === "PLANNED" && <TripActions key={trip.version} trip={trip} />}
          <LinkButton to={`/expense-claims?tripId=${trip.id}`}>{t("trips.detail.claims")}</LinkButton>
          <LinkButton to="/trips" icon={<ArrowLeftOutlined />}>
            {t("trips.back")}
          </LinkButton>
        </>
      }
      factsTitle={t("trips.detail.facts")}
      facts={[
        {
          key: "days",
          label: t("trips.fields.days"),
          children: `${trip.firstDay} – ${trip.lastDay}（${t("trips.dayCount", { n: trip.days })}）`,
        },
        { key: "people", label: t("trips.fields.people"), children: trip.personIds.map(nameOf).join("、") },
        {
          key: "servicePoint",
          label: t("trips.fields.servicePoint"),
          children: trip.servicePointId ? nameIn(servicePoints.data, trip.servicePointId) : "—",
        },
        {
          key: "workOrders",
          label: t("trips.fields.workOrders"),
          children:
            trip.workOrderIds.length === 0 ? (
              <Typography.Text type="secondary">{t("trips.detail.noWorkOrders")}</Typography.Text>
            ) : office ? (
              <Space size={[8, 4]} wrap>
                {trip.workOrderIds.map((id) => (
                  <Link key={id} to={`/work-orders/${id}`}>
                    {numbers.get(id) ?? t("common.loading")}
                  </Link>
                ))}
              </Space>
            ) : (
              t("trips.detail.workOrderCount", { count: trip.workOrderIds.length })
            ),
        },
        {
          key: "rates",
          label: t("trips.detail.rates"),
          span: "filled" as const,
          children: t("trips.detail.ratesText", {
            lodging: format.money(trip.rates.lodgingCapPerDay),
            meal: format.money(trip.rates.mealAllowancePerMeal),
            meals: trip.rates.mealsPerDay,
          }),
        },
        { key: "purpose", label: t("trips.fields.purpose"), span: "filled" as const, children: trip.purpose },
        ...(trip.cancelReason
          ? [{ key: "cancelReason", label: t("trips.fields.cancelReason"), children: trip.cancelReason }]
          : []),
      ]}
      timeline={[
        {
          key: "created",
          children: t("trips.detail.plannedBy", { at: format.dateTime(trip.createdAt), by: staffName(trip.createdBy) }),
        },
        ...(trip.completedAt
          ? [
              {
                key: "completed",
                color: tagColour.green,
                children: t("trips.detail.completedAt", { at: format.dateTime(trip.completedAt) }),
              },
            ]
          : []),
        ...(trip.cancelledAt
          ? [
              {
                key: "cancelled",
                color: "gray",
                children: t("trips.detail.cancelledAt", { at: format.dateTime(trip.cancelledAt) }),
              },
            ]
          : []),
      ]}
    >
      <Card size="small" title={t("trips.detail.allowances")} role="region" aria-label={t("trips.detail.allowances")}>
        <Table<Allowance>
          aria-label={t("trips.detail.allowances")}
          size="small"
          rowKey="personId"
          columns={columns}
          dataSource={trip.allowances}
          pagination={false}
          scroll={{ x: "max-content" }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={columns.length - 1}>
                {t("trips.fields.allowanceTotal")}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Typography.Text strong>{format.money(trip.allowanceTotal)}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
          {t("trips.detail.allowanceRule")}
        </Typography.Paragraph>
      </Card>
    </DetailLayout>
  );
}
