import { Button, Form, Input } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useApiForm } from "@/components/form/use-api-form";
import { AppointmentItems } from "@/components/WorkOrderFields";
import { useTenantFormat } from "@/lib/current-user";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import {
  rescheduleFormOf,
  toRescheduleRequest,
  validateReschedule,
  type RescheduleForm as RescheduleFormState,
} from "../../model/reschedule-form";
import { ActionProblem } from "../ActionProblem";

const FIELDS = new Set(["appointment", "appointment.start", "appointment.end", "reason"]);

interface RescheduleValues {
  appointment: { date: string; start: string; end: string };
  reason?: string;
}

function stateOf(values: RescheduleValues): RescheduleFormState {
  return {
    date: values.appointment.date,
    startTime: values.appointment.start,
    endTime: values.appointment.end,
    reason: values.reason ?? "",
  };
}

/** The customer asked for another time: the new window (the crew must be free then) and why. */
export function RescheduleForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { mutation, reload } = useOrderAction(order);
  const api = useApiForm<RescheduleValues>({
    check: (values) =>
      Object.fromEntries(
        Object.entries(validateReschedule(stateOf(values), format.timeZone)).map(([path, problem]) => [
          path,
          t(`workOrders.create.problems.${problem}`),
        ]),
      ),
    submit: (values) =>
      mutation.mutateAsync({
        action: "reschedule",
        body: toRescheduleRequest(stateOf(values), order.version, format.timeZone),
      }),
    // The server names the window's instants; the form shows them at the start time.
    fieldOf: (path) => (path === "appointment" ? ["appointment", "start"] : null),
    onSuccess: () => onDone?.(),
  });
  const initialValues = useMemo<RescheduleValues>(() => {
    const current = rescheduleFormOf(order, format.timeZone);
    return { appointment: { date: current.date, start: current.startTime, end: current.endTime }, reason: "" };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the window the form opened with
  }, []);

  return (
    <Form<RescheduleValues>
      form={api.form}
      layout="vertical"
      aria-label={t("workOrders.reschedule.title")}
      initialValues={initialValues}
      onFinish={api.onFinish}
    >
      <AppointmentItems timeZone={format.timeZone} />
      <Form.Item name="reason" label={t("workOrders.reschedule.reason")} extra={t("workOrders.reschedule.hint")}>
        <Input.TextArea rows={2} maxLength={1000} placeholder={t("workOrders.reschedule.placeholder")} />
      </Form.Item>
      <ActionProblem error={api.error} displayedFields={FIELDS} onReload={reload} />
      <Form.Item style={{ marginBottom: 0, marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={api.submitting}>
          {t("workOrders.reschedule.submit")}
        </Button>
      </Form.Item>
    </Form>
  );
}
