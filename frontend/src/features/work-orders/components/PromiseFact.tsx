import { Button, Flex, Form, Input, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PromiseBadge } from "@/components/PromiseBadge";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { PAUSE_REASONS, type PromisePauseReason } from "@/lib/promises";
import { useOrderAction, type WorkOrder } from "../api/work-orders";
import { promiseControlOf, toPausePromiseRequest } from "../model/promise-pause";
import { ActionProblem } from "./ActionProblem";

const FIELDS = new Set(["reason", "note"]);

function PausePromiseForm({ order, onDone }: { order: WorkOrder; onDone: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const api = useApiForm<{ reason: PromisePauseReason; note?: string }>({
    submit: ({ reason, note }) =>
      mutation.mutateAsync({
        action: "pausePromise",
        body: toPausePromiseRequest({ reason, note: note ?? "" }, order.version),
      }),
    onSuccess: onDone,
  });
  return (
    <Form
      form={api.form}
      layout="vertical"
      aria-label={t("workOrders.promise.pauseTitle")}
      onFinish={api.onFinish}
      style={{ marginTop: 8, maxWidth: 420 }}
    >
      <Typography.Paragraph type="secondary">{t("workOrders.promise.pauseHint")}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t("workOrders.promise.reason")}
        rules={[{ required: true, message: t("validation.required") }]}
      >
        <Select
          placeholder={t("workOrders.promise.chooseReason")}
          options={PAUSE_REASONS.map((reason) => ({ value: reason, label: t(`promise.pauseReason.${reason}`) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t("workOrders.promise.note")}>
        <Input.TextArea rows={2} maxLength={1000} placeholder={t("workOrders.promise.notePlaceholder")} />
      </Form.Item>
      <ActionProblem error={api.error} displayedFields={FIELDS} onReload={reload} />
      <SubmitButton submitting={api.submitting}>{t("workOrders.promise.pauseSubmit")}</SubmitButton>
    </Form>
  );
}

function ResumePromiseButton({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  return (
    <>
      <Button
        size="small"
        loading={mutation.isPending}
        onClick={() => mutation.mutate({ action: "resumePromise", body: { version: order.version } })}
      >
        {t("workOrders.promise.resume")}
      </Button>
      <ActionProblem error={mutation.error} onReload={reload} />
    </>
  );
}

/**
 * The on-site promise among the order's facts. Office staff stop its clock while waiting for the customer or for
 * parts (with the reason) and start it again; the form opens under the promise.
 */
export function PromiseFact({ order, canManage }: { order: WorkOrder; canManage: boolean }) {
  const { t } = useTranslation();
  const [pausing, setPausing] = useState(false);
  const control = canManage ? promiseControlOf(order) : null;
  return (
    <Flex vertical gap={4} style={{ width: "100%" }}>
      <Flex gap={8} wrap align="center">
        {order.promise ? (
          <PromiseBadge promise={order.promise} />
        ) : (
          <Typography.Text type="secondary">{t("promise.none")}</Typography.Text>
        )}
        {control === "pause" && (
          <Button size="small" aria-expanded={pausing} onClick={() => setPausing(!pausing)}>
            {t("workOrders.promise.pause")}
          </Button>
        )}
        {control === "resume" && <ResumePromiseButton order={order} />}
      </Flex>
      {control === "pause" && pausing && <PausePromiseForm order={order} onDone={() => setPausing(false)} />}
    </Flex>
  );
}
