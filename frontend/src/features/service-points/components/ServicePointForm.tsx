import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { AddressFormItem, PhoneFormItem } from "@/components/form/contact-form-items";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { RefusalAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
import { accountName } from "@/lib/staff-accounts";
import {
  SERVICE_POINT_KINDS,
  useCreateServicePoint,
  useManagers,
  useUpdateServicePoint,
  type ServicePoint,
} from "../api/service-points";
import {
  emptyServicePointForm,
  servicePointFormOf,
  toCreateServicePointRequest,
  toUpdateServicePointRequest,
  validateServicePointForm,
  type ServicePointForm as ServicePointFormState,
} from "../model/service-point-form";

interface ServicePointFormProps {
  point?: ServicePoint;
  onSaved: () => void;
  onReload?: () => void;
}

/** A branch, monitoring centre or partner repair shop with its address and responsible manager; create and edit. */
export function ServicePointForm({ point, onSaved, onReload }: ServicePointFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateServicePoint();
  const update = useUpdateServicePoint(point?.id ?? "");
  const managers = useManagers(true);
  const title = point ? t("servicePoints.edit.title", { name: point.name }) : t("servicePoints.create.title");
  const full = (values: ServicePointFormState) => ({ ...emptyServicePointForm(), ...values });
  const { form, onFinish, submitting, problem, error } = useApiForm<ServicePointFormState, ServicePoint>({
    submit: (values, idempotencyKey) =>
      point
        ? update.mutateAsync(toUpdateServicePointRequest(full(values), point.version))
        : create.mutateAsync({ body: toCreateServicePointRequest(full(values)), idempotencyKey }),
    check: checkWith(
      (values: ServicePointFormState) => validateServicePointForm(full(values)),
      (problem) => t(`validation.${problem}`),
    ),
    success: (saved) => t("servicePoints.saved", { name: saved.name }),
    onSuccess: onSaved,
  });

  return (
    <Form<ServicePointFormState>
      form={form}
      layout="vertical"
      aria-label={title}
      initialValues={point ? servicePointFormOf(point) : emptyServicePointForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="kind" label={t("servicePoints.fields.kind")}>
        <Select
          options={SERVICE_POINT_KINDS.map((kind) => ({ value: kind, label: t(`servicePoints.kind.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t("servicePoints.fields.name")} required>
        <Input />
      </Form.Item>
      <AddressFormItem name="address" label={t("servicePoints.fields.address")} required />
      <PhoneFormItem name="phone" label={t("servicePoints.fields.phone")} />
      <Form.Item
        name="managerId"
        label={t("servicePoints.fields.manager")}
        getValueProps={(value?: string) => ({ value: value || undefined })}
      >
        <Select
          allowClear
          loading={managers.isPending}
          placeholder={t("servicePoints.noManager")}
          onClear={() => form.setFieldValue("managerId", "")}
          options={(managers.data ?? []).map((user) => ({
            value: user.id,
            label: accountName(user, i18n.language),
          }))}
        />
      </Form.Item>
      {isStaleVersion(error) && onReload ? (
        <RefusalAlert error={error} changedText={t("errors.stale")} onReload={onReload} />
      ) : (
        problem
      )}
      <SubmitButton submitting={submitting}>{point ? t("common.save") : t("servicePoints.create.submit")}</SubmitButton>
    </Form>
  );
}
