import { CheckOutlined, CloseOutlined, PlayCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, DatePicker, Flex, Form, Modal, Popconfirm, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { Loading } from "@/components/Loading";
import { MonthFilter } from "@/components/MonthFilter";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory, useServicePointDirectory } from "@/lib/directory";
import { useUrlFilters } from "@/lib/use-url-filters";
import {
  useSecondmentCharges,
  useSecondmentStep,
  useSecondments,
  type Secondment,
  type SecondmentCommand,
  type SecondmentStatus,
} from "../api/secondments";
import { CreateSecondmentForm } from "../components/CreateSecondmentForm";
import { secondmentSteps } from "../model/secondment-form";

const STATUSES = ["PLANNED", "ACTIVE", "ENDED", "CANCELLED"] as const satisfies readonly SecondmentStatus[];
const COLOUR: Record<SecondmentStatus, string> = {
  PLANNED: "processing",
  ACTIVE: "blue",
  ENDED: "success",
  CANCELLED: "default",
};
const ISO_DATE = "YYYY-MM-DD";

type Charge = { borrowingServicePointId: string; personDays: number; charge: string };

/** The steps the secondment's state allows: start, end (on its last day or earlier), cancel after a confirmation. */
function SecondmentActions({ secondment }: { secondment: Secondment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = useSecondmentStep();
  const [ending, setEnding] = useState(false);
  const [lastDay, setLastDay] = useState(secondment.lastDay);
  const run = (command: SecondmentCommand) =>
    step.mutateAsync({ secondment, command }).then(
      () => void message.success(t(`secondments.done.${command.step}`, { number: secondment.number })),
      () => undefined,
    );
  return (
    <Flex gap={4} wrap>
      {secondmentSteps(secondment.status).map((name) =>
        name === "activate" ? (
          <Button
            key={name}
            size="small"
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={step.isPending}
            onClick={() => void run({ step: "activate" })}
          >
            {t("secondments.actions.activate")}
          </Button>
        ) : name === "end" ? (
          <Button key={name} size="small" icon={<CheckOutlined />} onClick={() => setEnding(true)}>
            {t("secondments.actions.end")}
          </Button>
        ) : (
          <Popconfirm
            key={name}
            title={t("secondments.confirmCancel", { number: secondment.number })}
            okButtonProps={{ danger: true }}
            onConfirm={() => run({ step: "cancel" })}
          >
            <Button size="small" danger icon={<CloseOutlined />}>
              {t("secondments.actions.cancel")}
            </Button>
          </Popconfirm>
        ),
      )}
      <Modal
        open={ending}
        title={t("secondments.endTitle", { number: secondment.number })}
        okText={t("secondments.actions.endSubmit")}
        cancelText={t("common.cancel")}
        okButtonProps={{ loading: step.isPending }}
        onOk={() =>
          run({ step: "end", ...(lastDay && lastDay !== secondment.lastDay ? { lastDay } : {}) }).then(() =>
            setEnding(false),
          )
        }
        onCancel={() => setEnding(false)}
      >
        <Form layout="vertical" component="div">
          <Form.Item label={t("secondments.actions.actualLastDay")} htmlFor={`end-${secondment.id}`}>
            <DatePicker
              id={`end-${secondment.id}`}
              format={ISO_DATE}
              allowClear={false}
              value={dayjs(lastDay, ISO_DATE)}
              onChange={(next) => next && setLastDay(next.format(ISO_DATE))}
            />
          </Form.Item>
        </Form>
        <ProblemAlert error={step.error} />
      </Modal>
      {!ending && step.error != null && <ProblemAlert error={step.error} />}
    </Flex>
  );
}

/** What each borrowing point owes for the month's lent person-days. */
function Charges() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const points = useServicePointDirectory();
  const [month, setMonth] = useState(() => format.today().slice(0, 7));
  const charges = useSecondmentCharges(month);
  const title = t("secondments.charges.title");
  const columns: ColumnsType<Charge> = [
    {
      title: t("secondments.fields.borrowingServicePointId"),
      dataIndex: "borrowingServicePointId",
      rowScope: "row",
      render: (id: string) => nameIn(points.data, id),
    },
    { title: t("secondments.charges.personDays"), dataIndex: "personDays", align: "right" },
    {
      title: t("secondments.charges.charge"),
      dataIndex: "charge",
      align: "right",
      render: (amount: string) => format.money(amount),
    },
  ];
  return (
    <Card size="small" title={title} role="region" aria-label={title} style={{ marginTop: 16 }}>
      <Form layout="inline" component="div" style={{ marginBottom: 12 }}>
        <MonthFilter label={t("secondments.charges.month")} value={month} onChange={setMonth} />
      </Form>
      {charges.isPending && <Loading />}
      <ProblemAlert error={charges.error} />
      {charges.data && (
        <Table<Charge>
          aria-label={title}
          size="small"
          rowKey="borrowingServicePointId"
          columns={columns}
          dataSource={charges.data.items}
          pagination={false}
          locale={{ emptyText: t("secondments.charges.none") }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                {t("secondments.charges.total")}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Typography.Text strong>{format.money(charges.data.total)}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
    </Card>
  );
}

/** Secondments (借调): installers lent between service points, charged per day to the borrowing point. */
export function SecondmentsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { search, choose } = useUrlFilters();
  const status = STATUSES.find((value) => value === search.get("status"));
  const secondments = useSecondments(status);
  const installers = useInstallerDirectory();
  const points = useServicePointDirectory();
  const [creating, setCreating] = useState(false);

  const columns: ColumnsType<Secondment> = [
    {
      title: t("secondments.fields.number"),
      dataIndex: "number",
      render: (number: string, secondment) => (
        <>
          <Typography.Text strong>{number}</Typography.Text>
          {secondment.note && (
            <Typography.Paragraph
              type="secondary"
              style={{ margin: 0 }}
              ellipsis={{ rows: 1, tooltip: secondment.note }}
            >
              {secondment.note}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    {
      title: t("secondments.fields.lendingServicePointId"),
      dataIndex: "lendingServicePointId",
      responsive: ["md"],
      render: (id: string) => nameIn(points.data, id),
    },
    {
      title: t("secondments.fields.borrowingServicePointId"),
      dataIndex: "borrowingServicePointId",
      render: (id: string) => nameIn(points.data, id),
    },
    {
      title: t("secondments.fields.people"),
      dataIndex: "personIds",
      responsive: ["md"],
      render: (ids: string[]) => ids.map((id) => nameIn(installers.data, id)).join("、"),
    },
    {
      title: t("secondments.fields.days"),
      key: "days",
      responsive: ["md"],
      render: (_, secondment) => (
        <>
          {secondment.firstDay} – {secondment.lastDay}{" "}
          <Typography.Text type="secondary">{t("secondments.dayCount", { n: secondment.days })}</Typography.Text>
        </>
      ),
    },
    {
      title: t("secondments.fields.charge"),
      dataIndex: "charge",
      align: "right",
      responsive: ["lg"],
      render: (amount: string, secondment) => (
        <>
          {format.money(amount)}
          <Typography.Text type="secondary">
            {" "}
            {t("secondments.perDay", { amount: format.money(secondment.chargePerDay) })}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t("secondments.fields.status"),
      dataIndex: "status",
      render: (value: SecondmentStatus) => <Tag color={COLOUR[value]}>{t(`secondments.status.${value}`)}</Tag>,
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, secondment) => <SecondmentActions key={secondment.version} secondment={secondment} />,
    },
  ];
  const create = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t("secondments.create.open")}
    </Button>
  );

  return (
    <>
      <ListPage
        title={t("secondments.title")}
        description={t("secondments.description")}
        actions={create}
        filtersLabel={t("secondments.filter")}
        filters={
          <SelectFilter
            label={t("secondments.fields.status")}
            placeholder={t("common.all")}
            value={status}
            onChange={(value) => choose("status", value)}
            options={STATUSES.map((value) => ({ value, label: t(`secondments.status.${value}`) }))}
          />
        }
      >
        <DataTable<Secondment>
          caption={t("secondments.title")}
          columns={columns}
          rowKey="id"
          empty={{ description: status ? t("secondments.noMatch") : t("secondments.empty"), action: create }}
          {...keysetTable(secondments)}
        />
        <Modal
          open={creating}
          title={t("secondments.create.title")}
          width={720}
          footer={null}
          destroyOnHidden
          onCancel={() => setCreating(false)}
        >
          {creating && <CreateSecondmentForm onDone={() => setCreating(false)} />}
        </Modal>
      </ListPage>
      <Charges />
    </>
  );
}
