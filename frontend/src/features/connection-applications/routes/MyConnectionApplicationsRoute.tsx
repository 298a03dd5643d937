import { PlusOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Tag,
  Timeline,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useQuery } from "@tanstack/react-query";
import {
  useApplyForConnection,
  useMyConnectionApplications,
  useMyConnectionStep,
  type MyConnectionApplication,
} from "../api/customer-connections";
import { ConnectionStatusTag } from "../components/ConnectionTags";
import { useConnectionTimelineItems } from "../components/ConnectionSections";
import { CONNECTION_KINDS, SUPPLY_CLASSES, procedurePath } from "../model/connection";

/** The customer's own addresses, for choosing where the power goes. */
function useMyAddresses() {
  const api = useApiClient();
  return useQuery({
    queryKey: ["my", "profile"],
    queryFn: async () => unwrap(await api.GET("/api/v1/my/profile")),
    select: (profile) => profile.addresses,
  });
}

/** A customer's connection applications on the phone: where each stands, the plan, the design opinion, the history. */
export function MyConnectionApplicationsRoute() {
  const { t } = useTranslation();
  const applications = useMyConnectionApplications();
  const [applying, setApplying] = useState(false);
  const slug = useCurrentUser().tenant?.slug;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <PageHeader
        title={t("connections.my.title")}
        description={t("connections.my.description")}
        actions={slug && <a href={procedurePath(slug)}>{t("connections.my.procedure")}</a>}
      />
      {applications.isPending && <Loading />}
      <ProblemAlert error={applications.error} />
      {applications.data && applications.data.length === 0 && <Empty description={t("connections.my.none")} />}
      {applications.data && applications.data.length > 0 && (
        <Collapse
          defaultActiveKey={applications.data[0] ? [applications.data[0].number] : []}
          items={applications.data.map((application) => ({
            key: application.number,
            label: (
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{application.number}</Typography.Text>
                <ConnectionStatusTag status={application.status} />
                <Typography.Text type="secondary">{t(`connections.kind.${application.kind}`)}</Typography.Text>
              </Flex>
            ),
            children: <MyApplication application={application} />,
          }))}
        />
      )}
      <Button type="primary" size="large" block icon={<PlusOutlined />} onClick={() => setApplying(true)}>
        {t("connections.my.apply")}
      </Button>
      <Modal
        open={applying}
        title={t("connections.my.apply")}
        footer={null}
        destroyOnHidden
        onCancel={() => setApplying(false)}
      >
        {applying && <ApplyForm onDone={() => setApplying(false)} />}
      </Modal>
    </Flex>
  );
}

function MyApplication({ application }: { application: MyConnectionApplication }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const timeline = useConnectionTimelineItems(application.timeline);
  const [open, setOpen] = useState<"OBJECT_TO_PLAN" | "EXTEND_PLAN" | null>(null);
  const plan = application.plan;
  const design = application.design;
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: "class",
            label: t("connections.fields.supplyClass"),
            children: t(`connections.class.${application.supplyClass}`),
          },
          {
            key: "capacity",
            label: t("connections.fields.capacity"),
            children: `${Number(application.capacityKva)} kVA`,
          },
          { key: "site", label: t("connections.fields.site"), children: application.siteAddress },
          ...(application.planDueAt
            ? [{ key: "planDue", label: t("connections.my.planDue"), children: format.dateTime(application.planDueAt) }]
            : []),
          ...(application.delayExplanation
            ? [
                {
                  key: "delay",
                  label: t("connections.fields.delayExplanation"),
                  children: application.delayExplanation,
                },
              ]
            : []),
          ...(application.reviewDueAt
            ? [
                {
                  key: "reviewDue",
                  label: t("connections.my.reviewDue"),
                  children: format.dateTime(application.reviewDueAt),
                },
              ]
            : []),
        ]}
      />
      {plan && (
        <Card size="small" title={t("connections.detail.plan")}>
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{plan.text}</Typography.Paragraph>
          <Typography.Text type="secondary">
            {t("connections.my.planDates", {
              validUntil: format.date(plan.validUntil),
              objectionUntil: format.date(plan.objectionUntil),
            })}
          </Typography.Text>
        </Card>
      )}
      {design && (
        <Card size="small" title={t("connections.design.revision", { revision: design.revision })}>
          {design.result ? (
            <>
              <Tag color={design.result === "APPROVED" ? "success" : "warning"}>
                {t(`connections.reviewResult.${design.result}`)}
              </Tag>
              {design.opinion && <Typography.Paragraph style={{ marginTop: 8 }}>{design.opinion}</Typography.Paragraph>}
            </>
          ) : (
            <Tag color="processing">{t("connections.design.underReview")}</Tag>
          )}
        </Card>
      )}
      {application.lastInspection && (
        <Card size="small" title={t(`connections.inspectionStage.${application.lastInspection.stage}`)}>
          <Tag color={application.lastInspection.result === "PASSED" ? "success" : "error"}>
            {t(`connections.inspectionResult.${application.lastInspection.result}`)}
          </Tag>
          {application.lastInspection.findings && (
            <Typography.Paragraph type="danger" style={{ marginTop: 8 }}>
              {application.lastInspection.findings}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {application.connection && (
        <Card size="small" title={t("connections.detail.connection")}>
          {t("connections.my.connected", {
            meter: application.connection.meterNumber,
            at: format.dateTime(application.connection.connectedAt),
          })}
        </Card>
      )}
      {timeline.length > 0 && <Timeline items={timeline} />}
      <Flex gap={8} wrap>
        {application.allowedActions.includes("OBJECT_TO_PLAN") && (
          <Button onClick={() => setOpen("OBJECT_TO_PLAN")}>{t("connections.my.object")}</Button>
        )}
        {application.allowedActions.includes("EXTEND_PLAN") && (
          <Button onClick={() => setOpen("EXTEND_PLAN")}>{t("connections.my.extend")}</Button>
        )}
      </Flex>
      <Modal
        open={open !== null}
        title={open === "EXTEND_PLAN" ? t("connections.my.extend") : t("connections.my.object")}
        footer={null}
        destroyOnHidden
        onCancel={() => setOpen(null)}
      >
        {open && <MyStepForm application={application} action={open} onDone={() => setOpen(null)} />}
      </Modal>
    </Flex>
  );
}

function MyStepForm({
  application,
  action,
  onDone,
}: {
  application: MyConnectionApplication;
  action: "OBJECT_TO_PLAN" | "EXTEND_PLAN";
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const step = useMyConnectionStep(application.number);
  const { form, onFinish, submitting, problem } = useApiForm<{ reason: string; validUntil: string }>({
    submit: (values) =>
      step.mutateAsync(
        action === "OBJECT_TO_PLAN"
          ? { action, body: { version: application.version, reason: (values.reason ?? "").trim() } }
          : {
              action,
              body: {
                version: application.version,
                validUntil: values.validUntil,
                reason: (values.reason ?? "").trim(),
              },
            },
      ),
    check: (values) => ({
      ...(!(values.reason ?? "").trim() ? { reason: t("validation.required") } : {}),
      ...(action === "EXTEND_PLAN" && !values.validUntil ? { validUntil: t("validation.required") } : {}),
    }),
    success: action === "OBJECT_TO_PLAN" ? t("connections.my.objected") : t("connections.my.extended"),
    onSuccess: onDone,
  });
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} disabled={submitting}>
      {action === "EXTEND_PLAN" && (
        <DateFormItem name="validUntil" label={t("connections.fields.newValidUntil")} required />
      )}
      <Form.Item
        name="reason"
        label={
          action === "OBJECT_TO_PLAN" ? t("connections.my.objectionReason") : t("connections.fields.extensionReason")
        }
        required
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={action === "OBJECT_TO_PLAN" ? 2000 : 1000} />
      </Form.Item>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("common.save")}</SubmitButton>
    </Form>
  );
}

interface ApplyValues {
  kind: MyConnectionApplication["kind"];
  supplyClass: MyConnectionApplication["supplyClass"];
  capacityKva: number | null;
  siteId: string;
  siteAddress: string;
  description: string;
}

function ApplyForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const apply = useApplyForConnection();
  const addresses = useMyAddresses();
  const { form, onFinish, submitting, problem } = useApiForm<ApplyValues, MyConnectionApplication>({
    submit: (values, idempotencyKey) => {
      const description = (values.description ?? "").trim();
      return apply.mutateAsync({
        idempotencyKey,
        body: {
          kind: values.kind,
          supplyClass: values.supplyClass,
          capacityKva: Math.round((values.capacityKva ?? 0) * 10) / 10,
          ...(values.siteId ? { siteId: values.siteId } : { siteAddress: (values.siteAddress ?? "").trim() }),
          ...(description ? { description } : {}),
        },
      });
    },
    check: (values) => ({
      ...(values.capacityKva === null || values.capacityKva === undefined
        ? { capacityKva: t("validation.required") }
        : {}),
      ...(!values.siteId && !(values.siteAddress ?? "").trim() ? { siteAddress: t("validation.required") } : {}),
    }),
    success: (created) => t("connections.created", { number: created.number }),
    onSuccess: onDone,
  });
  const siteId = Form.useWatch("siteId", form);
  return (
    <Form<ApplyValues>
      form={form}
      layout="vertical"
      aria-label={t("connections.my.apply")}
      onFinish={onFinish}
      disabled={submitting}
      initialValues={{
        kind: "NEW_CONNECTION",
        supplyClass: "RESIDENTIAL",
        capacityKva: null,
        siteId: "",
        siteAddress: "",
        description: "",
      }}
    >
      <Form.Item name="kind" label={t("connections.fields.kind")} required>
        <Radio.Group options={CONNECTION_KINDS.map((value) => ({ value, label: t(`connections.kind.${value}`) }))} />
      </Form.Item>
      <Form.Item name="supplyClass" label={t("connections.fields.supplyClass")} required>
        <Select options={SUPPLY_CLASSES.map((value) => ({ value, label: t(`connections.class.${value}`) }))} />
      </Form.Item>
      <Form.Item name="capacityKva" label={t("connections.fields.capacity")} required>
        <InputNumber<number> min={0.1} precision={1} suffix="kVA" inputMode="decimal" style={{ width: "100%" }} />
      </Form.Item>
      {(addresses.data ?? []).length > 0 && (
        <Form.Item name="siteId" label={t("connections.my.myAddress")}>
          <Select
            allowClear
            placeholder={t("connections.create.otherAddress")}
            options={(addresses.data ?? []).map((site) => ({ value: site.id, label: site.address }))}
          />
        </Form.Item>
      )}
      {!siteId && (
        <Form.Item name="siteAddress" label={t("connections.create.address")} required>
          <Input maxLength={500} />
        </Form.Item>
      )}
      <Form.Item name="description" label={t("connections.fields.description")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("connections.my.submit")}</SubmitButton>
    </Form>
  );
}
