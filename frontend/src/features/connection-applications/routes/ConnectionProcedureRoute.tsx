import { LoginOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, List, Steps, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatMoney } from "@/lib/format";
import { useConnectionProcedure, type ConnectionDeadline } from "../api/customer-connections";
import { MY_CONNECTIONS_PATH, PROCEDURE_STEPS, SUPPLY_CLASSES } from "../model/connection";

/** "10 working days", "1 month": a published deadline in words. */
function useDeadlineText() {
  const { t } = useTranslation();
  return (deadline: ConnectionDeadline | undefined) => {
    if (!deadline) return "—";
    const unit =
      deadline.unit === "WORKING_DAYS" ? "workingDays" : deadline.unit === "MONTHS" ? "months" : "calendarDays";
    return t(`connections.procedure.deadline.${unit}`, { count: deadline.amount });
  };
}

/**
 * The company's connection procedure for anyone (用电业务程序和收费标准): the steps, the deadlines by class, the
 * documents a design needs, the fees and the company's note, with the way to apply after signing in.
 */
export function ConnectionProcedureRoute() {
  const { t, i18n } = useTranslation();
  const { tenantSlug = "" } = useParams();
  const procedure = useConnectionProcedure(tenantSlug);
  const deadline = useDeadlineText();
  if (!procedure.data) {
    return procedure.isPending ? <Loading /> : <ProblemAlert error={procedure.error} />;
  }
  const data = procedure.data;
  const rows = SUPPLY_CLASSES.map((supplyClass) => ({
    supplyClass,
    plan: deadline(data.planDeadlines[supplyClass]),
    validity: deadline(data.planValidity[supplyClass]),
    review: deadline(data.reviewDeadlines[supplyClass]),
  }));
  return (
    <Flex vertical gap={16} style={{ maxWidth: 880, margin: "0 auto" }}>
      <PageHeader
        title={t("connections.procedure.title", { company: data.company })}
        description={t("connections.procedure.description")}
      />
      {!data.enabled && <Alert type="info" showIcon title={t("connections.procedure.notTaking")} />}
      <Card size="small" title={t("connections.procedure.steps")}>
        <Steps
          orientation="vertical"
          size="small"
          current={-1}
          items={PROCEDURE_STEPS.map((step) => ({
            title: t(`connections.step.${step}`),
            content: t(`connections.procedure.stepText.${step}`, {
              copies: data.designCopies,
              months: data.objectionMonths,
            }),
          }))}
        />
      </Card>
      <Card size="small" title={t("connections.procedure.deadlines")}>
        <Table
          size="small"
          rowKey="supplyClass"
          pagination={false}
          dataSource={rows}
          scroll={{ x: true }}
          columns={[
            {
              title: t("connections.fields.supplyClass"),
              dataIndex: "supplyClass",
              render: (value: (typeof SUPPLY_CLASSES)[number]) => t(`connections.class.${value}`),
            },
            { title: t("connections.procedure.planWithin"), dataIndex: "plan" },
            { title: t("connections.procedure.validFor"), dataIndex: "validity" },
            { title: t("connections.procedure.reviewWithin"), dataIndex: "review" },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t("connections.procedure.rules", {
            months: data.objectionMonths,
            days: data.extensionNoticeDays,
          })}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t("connections.procedure.documents", { copies: data.designCopies })}>
        <Flex gap={16} wrap>
          {(
            [
              ["lowVoltage", data.lowVoltageDocuments],
              ["highVoltage", data.highVoltageDocuments],
            ] as const
          ).map(([group, documents]) => (
            <List
              key={group}
              size="small"
              style={{ flex: "1 1 300px" }}
              header={<Typography.Text strong>{t(`connections.procedure.${group}`)}</Typography.Text>}
              dataSource={documents}
              renderItem={(document) => <List.Item>{t(`connections.document.${document}`)}</List.Item>}
            />
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t("connections.procedure.fees")}>
        {data.fees.length === 0 ? (
          <Typography.Text type="secondary">{t("connections.procedure.noFees")}</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey={(fee) => `${fee.item}-${fee.amount}`}
            pagination={false}
            dataSource={data.fees}
            columns={[
              { title: t("connections.procedure.feeItem"), dataIndex: "item" },
              {
                title: t("connections.procedure.feeAmount"),
                dataIndex: "amount",
                align: "right",
                render: (amount: string, fee) =>
                  `${formatMoney(amount, "CNY", i18n.language)}${fee.per ? ` / ${fee.per}` : ""}`,
              },
            ]}
          />
        )}
      </Card>
      {data.note && (
        <Card size="small" title={t("connections.procedure.note")}>
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{data.note}</Typography.Paragraph>
        </Card>
      )}
      {data.enabled && (
        <Button type="primary" size="large" block icon={<LoginOutlined aria-hidden />} href={MY_CONNECTIONS_PATH}>
          {t("connections.procedure.signInToApply")}
        </Button>
      )}
    </Flex>
  );
}
