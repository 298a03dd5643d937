import { Card, Flex, Form, Input } from "antd";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { CustomerPicker, SitePicker } from "@/components/form/CustomerSitePickers";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import {
  AppointmentItems,
  AssetsItem,
  FaultCategoryItem,
  FeeItem,
  ItemsToBringList,
  TasksItem,
  TypeAndPriorityItems,
} from "@/components/WorkOrderFields";
import { useTenantFormat } from "@/lib/current-user";
import { useCustomerAssets } from "@/lib/customer-lookup";
import { proposedRepairFee } from "@/lib/warranty";
import {
  useCreateWorkOrder,
  useInstallerDirectory,
  useKnownFaultCategories,
  type Priority,
  type WorkOrder,
  type WorkOrderType,
} from "../api/work-orders";
import {
  DEFAULT_WORKING_WINDOW,
  TASKS,
  emptyWorkOrderForm,
  proposedAppointment,
  toCreateWorkOrderRequest,
  validateWorkOrderForm,
  type Task,
  type WorkingWindow,
  type WorkOrderForm,
} from "../model/work-order-form";

interface CreateValues {
  type: WorkOrderType;
  priority: Priority;
  customerId?: string;
  siteId?: string;
  assetIds?: string[];
  description?: string;
  tasks?: Task[];
  appointment: { date: string; start: string; end: string };
  itemsToBring?: { name?: string; quantity?: number | null }[];
  faultCategory?: string;
  fee?: string;
}

/** What a page opened from elsewhere fills in: the customer and, for a connection application, its id. */
export interface WorkOrderPrefill {
  customerId?: string | undefined;
  type?: WorkOrderType | undefined;
  connectionApplicationId?: string | undefined;
  description?: string | undefined;
}

/** The form's values as the work order model reads them. */
function formOf(values: CreateValues): WorkOrderForm {
  return {
    ...emptyWorkOrderForm(values.appointment.date),
    type: values.type,
    priority: values.priority,
    customerId: values.customerId ?? "",
    siteId: values.siteId ?? "",
    assetIds: values.assetIds ?? [],
    description: values.description ?? "",
    tasks: Object.fromEntries(TASKS.map((task) => [task, (values.tasks ?? []).includes(task)])) as Record<
      Task,
      boolean
    >,
    items: (values.itemsToBring ?? []).map((item) => ({
      name: item.name ?? "",
      quantity: item.quantity === null || item.quantity === undefined ? "" : String(item.quantity),
    })),
    date: values.appointment.date,
    startTime: values.appointment.start,
    endTime: values.appointment.end,
    faultCategory: values.faultCategory ?? "",
    fee: values.fee ?? "",
  };
}

/** The working hours most installers keep, for a proposed appointment they can take. */
function usualHours(hours: readonly WorkingWindow[]): WorkingWindow {
  const counts = new Map<string, number>();
  for (const window of hours)
    counts.set(`${window.start}-${window.end}`, (counts.get(`${window.start}-${window.end}`) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!best) return DEFAULT_WORKING_WINDOW;
  const [start, end] = best.split("-") as [string, string];
  return { start, end };
}

/**
 * A new order as a dispatcher expects it: the customer's only site chosen at once, a proposed appointment in the
 * future inside working hours, fault categories picked from those in use or typed in plain words.
 */
export function CreateWorkOrderForm({
  onCreated,
  prefill = {},
}: {
  onCreated: (order: WorkOrder) => void;
  prefill?: WorkOrderPrefill;
}) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const create = useCreateWorkOrder();
  const installers = useInstallerDirectory();
  const categories = useKnownFaultCategories();
  const hours = usualHours((installers.data ?? []).map((installer) => installer.workingHours));
  const proposal = proposedAppointment(new Date(), format.timeZone, hours);
  const api = useApiForm<CreateValues, WorkOrder>({
    check: (values) =>
      Object.fromEntries(
        Object.entries(validateWorkOrderForm(formOf(values), format.timeZone)).map(([path, problem]) => [
          path,
          t(`workOrders.create.problems.${problem}`),
        ]),
      ),
    submit: (values, idempotencyKey) =>
      create.mutateAsync({
        body: toCreateWorkOrderRequest(
          { ...formOf(values), connectionApplicationId: prefill.connectionApplicationId ?? "" },
          format.timeZone,
        ),
        idempotencyKey,
      }),
    // The server names the window's instants; the form shows them at the start time.
    fieldOf: (path) => (path === "appointment" ? ["appointment", "start"] : null),
    success: (order) => t("workOrders.create.created", { number: order.number }),
    onSuccess: onCreated,
  });
  const customerId: string = Form.useWatch("customerId", api.form) ?? "";
  const type: WorkOrderType | undefined = Form.useWatch("type", api.form);
  const chosenIds: string[] = Form.useWatch("assetIds", api.form) ?? [];
  const assets = useCustomerAssets(customerId || null);
  const customerAssets = customerId ? (assets.data?.items ?? []) : [];
  // Today's warranty of the chosen assets; the order's page shows it for the appointment's day.
  const feeProposal = proposedRepairFee(
    type,
    customerAssets.filter((asset) => chosenIds.includes(asset.id)),
  );
  // The proposal once the installers' hours are known; the person's own choice is never overwritten.
  const initialValues = useMemo<Partial<CreateValues>>(
    () => ({
      type: prefill.type ?? "INSTALLATION",
      priority: "NORMAL",
      tasks: [],
      ...(prefill.customerId ? { customerId: prefill.customerId } : {}),
      ...(prefill.description ? { description: prefill.description } : {}),
      appointment: { date: proposal.date, start: proposal.startTime, end: proposal.endTime },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- proposed once, when the form opens
    [],
  );

  // Once the installers' usual hours are known, the untouched proposal moves inside them.
  const hoursKey = `${hours.start}-${hours.end}`;
  useEffect(() => {
    if (
      api.form.isFieldsTouched([
        ["appointment", "date"],
        ["appointment", "start"],
        ["appointment", "end"],
      ])
    )
      return;
    const next = proposedAppointment(new Date(), format.timeZone, hours);
    api.form.setFieldsValue({ appointment: { date: next.date, start: next.startTime, end: next.endTime } });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the hours change
  }, [hoursKey, format.timeZone]);

  return (
    <Card>
      <Form<CreateValues>
        form={api.form}
        layout="vertical"
        aria-label={t("workOrders.create.title")}
        initialValues={initialValues}
        onFinish={api.onFinish}
        onValuesChange={(changed: Partial<CreateValues>) => {
          // Another customer: their site is chosen again (the only one at once), and their assets.
          if ("customerId" in changed) api.form.setFieldsValue({ siteId: "", assetIds: [] });
        }}
        style={{ maxWidth: 880 }}
      >
        <TypeAndPriorityItems />
        <Flex gap={12} wrap>
          <Form.Item name="customerId" label={t("workOrders.fields.customer")} required style={{ flex: "1 1 280px" }}>
            <CustomerPicker />
          </Form.Item>
          <Form.Item name="siteId" label={t("workOrders.fields.siteId")} style={{ flex: "1 1 280px" }}>
            <SitePicker customerId={customerId} />
          </Form.Item>
        </Flex>
        <AssetsItem assets={customerAssets} loading={!!customerId && assets.isPending} disabled={!customerId} />
        <FeeItem proposal={feeProposal} />
        <Form.Item name="description" label={t("workOrders.fields.description")} required>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <FaultCategoryItem known={categories.data ?? []} />
        <TasksItem />
        <AppointmentItems timeZone={format.timeZone} />
        <ItemsToBringList />
        {api.problem}
        <SubmitButton submitting={api.submitting}>{t("workOrders.create.submit")}</SubmitButton>
      </Form>
    </Card>
  );
}
