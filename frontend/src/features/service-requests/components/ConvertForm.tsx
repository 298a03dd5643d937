import { Form } from "antd";
import { ChosenAssetsWarranty } from "@/components/AssetWarranty";
import { useTranslation } from "react-i18next";
import { SitePicker } from "@/components/form/CustomerSitePickers";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import {
  AppointmentItems,
  FaultCategoryItem,
  FeeItem,
  ItemsToBringList,
  TasksItem,
  TypeAndPriorityItems,
} from "@/components/WorkOrderFields";
import { useTenantFormat } from "@/lib/current-user";
import { useCustomerAssets } from "@/lib/customer-lookup";
import { proposedRepairFee } from "@/lib/warranty";
import { TASKS, type Task } from "@/lib/work-order-input";
import { useReloadServiceRequest, useServiceRequestOutcome, type ServiceRequest } from "../api/service-requests";
import {
  emptyConvertForm,
  toConvertRequest,
  validateConvertForm,
  type ConvertForm as ConvertFormState,
} from "../model/convert-form";
import { OutcomeProblem } from "./OutcomeProblem";

/** The form's values; their names are the request's JSON paths, where the server's field errors land. */
interface ConvertValues {
  type: ConvertFormState["type"];
  priority: ConvertFormState["priority"];
  siteId?: string;
  tasks?: Task[];
  appointment: { date: string; start: string; end: string };
  itemsToBring?: { name?: string; quantity?: number | null }[];
  faultCategory?: string;
  fee?: string;
}

/** The values as the convert model reads them. */
function stateOf(values: ConvertValues): ConvertFormState {
  return {
    type: values.type,
    priority: values.priority,
    siteId: values.siteId ?? "",
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

/** The work order the request becomes, for the request's customer and asset. */
export function ConvertForm({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const mutation = useServiceRequestOutcome(request.id);
  const reloadRequest = useReloadServiceRequest(request.id);
  const start = emptyConvertForm(request, format.today(), format.timeZone);
  const api = useApiForm<ConvertValues, ServiceRequest>({
    check: (values) =>
      Object.fromEntries(
        Object.entries(validateConvertForm(stateOf(values), format.timeZone)).map(([path, problem]) => [
          path,
          problem === "faultCategory"
            ? t("serviceRequests.convert.faultCategoryProblem")
            : t(`workOrders.create.problems.${problem}`),
        ]),
      ),
    submit: (values) =>
      mutation.mutateAsync({
        outcome: "convert",
        body: toConvertRequest(stateOf(values), request.version, format.timeZone),
      }),
    // The server names the window's instants; the form shows them at the start time.
    fieldOf: (path) => (path === "appointment" ? ["appointment", "start"] : null),
    success: (saved) => t("serviceRequests.outcomes.convert.done", { number: saved.number }),
  });
  const type: ConvertValues["type"] | undefined = Form.useWatch("type", api.form);
  const assets = useCustomerAssets(request.assetId ? request.customerId : null);
  const asset = assets.data?.items.find((candidate) => candidate.id === request.assetId);
  // Today's warranty of the request's asset; the order's page shows it for the appointment's day.
  const feeProposal = proposedRepairFee(type, asset ? [asset] : []);

  return (
    <Form<ConvertValues>
      form={api.form}
      layout="vertical"
      aria-label={t("serviceRequests.outcomes.convert.title")}
      initialValues={{
        type: start.type,
        priority: start.priority,
        siteId: start.siteId,
        tasks: [],
        appointment: { date: start.date, start: start.startTime, end: start.endTime },
      }}
      onFinish={api.onFinish}
    >
      <TypeAndPriorityItems />
      <Form.Item name="siteId" label={t("workOrders.fields.siteId")} style={{ maxWidth: 480 }}>
        <SitePicker customerId={request.customerId} />
      </Form.Item>
      {asset && (
        <Form.Item label={t("workOrders.fields.assets")}>
          <ChosenAssetsWarranty assets={[asset]} />
        </Form.Item>
      )}
      <FeeItem proposal={feeProposal} />
      <FaultCategoryItem known={[]} />
      <TasksItem />
      <AppointmentItems timeZone={format.timeZone} />
      <ItemsToBringList />
      <OutcomeProblem
        error={api.error}
        problem={api.problem}
        onReload={() => {
          api.reset();
          void reloadRequest();
        }}
      />
      <SubmitButton submitting={api.submitting}>{t("serviceRequests.outcomes.convert.submit")}</SubmitButton>
    </Form>
  );
}
