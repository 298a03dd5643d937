import { Col, Form, Input, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { ProblemAlert } from "@/components/ProblemAlert";
import { WorkOrderPicker, type PickedWorkOrder } from "@/components/WorkOrderPicker";
import { useInstallerDirectory, useServicePointDirectory } from "@/lib/directory";
import { useCreateTrip, type Trip } from "../api/trips";
import { emptyTripForm, toCreateTrip, validateTrip, type TripForm, type TripProblem } from "../model/trip-form";

/** The form's values: the work orders are picked by number and kept with their labels. */
type TripValues = Omit<TripForm, "workOrderIds"> & { workOrders?: PickedWorkOrder[] };

function toTripForm(values: TripValues): TripForm {
  const { workOrders = [], ...rest } = values;
  return { ...emptyTripForm(), ...rest, workOrderIds: workOrders.map((order) => order.value).join("\n") };
}

/** The server names one work order as workOrderIds[2]; the form shows it at the picker. */
function fieldOf(path: string): string | null {
  return path.startsWith("workOrderIds") ? "workOrders" : null;
}

/** Planning a trip (出差): who goes where, on which days, for which work orders. */
export function CreateTripForm({ onCreated }: { onCreated: (trip: Trip) => void }) {
  const { t } = useTranslation();
  const create = useCreateTrip();
  const installers = useInstallerDirectory();
  const servicePoints = useServicePointDirectory();
  const { form, onFinish, submitting, problem } = useApiForm<TripValues, Trip>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toCreateTrip(toTripForm(values)), idempotencyKey }),
    check: checkWith(
      (values: TripValues) => validateTrip(toTripForm(values)),
      (found: TripProblem) => (found === "required" ? t("validation.required") : t(`trips.problems.${found}`)),
    ),
    fieldOf,
    success: (trip) => t("trips.create.done", { number: trip.number }),
    onSuccess: onCreated,
  });
  const { workOrderIds: _ids, ...initial } = emptyTripForm();
  return (
    <Form<TripValues>
      form={form}
      layout="vertical"
      aria-label={t("trips.create.title")}
      initialValues={{ ...initial, workOrders: [] }}
      onFinish={onFinish}
      disabled={submitting}
    >
      <ProblemAlert error={installers.error ?? servicePoints.error} />
      <Form.Item name="personIds" label={t("trips.fields.people")} required>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: "label" }}
          loading={installers.isPending}
          options={(installers.data ?? []).map((entry) => ({ value: entry.id, label: entry.name }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="destination" label={t("trips.fields.destination")} required>
            <Input placeholder={t("trips.create.destinationHint")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="servicePointId"
            label={t("trips.fields.servicePoint")}
            extra={t("trips.create.servicePointHint")}
            getValueProps={(value?: string) => ({ value: value || undefined })}
            normalize={(value?: string) => value ?? ""}
          >
            <Select
              allowClear
              placeholder={t("trips.create.noServicePoint")}
              options={(servicePoints.data ?? []).map((point) => ({ value: point.id, label: point.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <DateFormItem name="firstDay" label={t("trips.fields.firstDay")} required />
        </Col>
        <Col xs={24} md={12}>
          <DateFormItem name="lastDay" label={t("trips.fields.lastDay")} required />
        </Col>
      </Row>
      <Form.Item name="workOrders" label={t("trips.fields.workOrders")} extra={t("trips.create.workOrdersPick")}>
        <WorkOrderPicker multiple />
      </Form.Item>
      <Form.Item name="purpose" label={t("trips.fields.purpose")} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("trips.create.submit")}</SubmitButton>
    </Form>
  );
}
