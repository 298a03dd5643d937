import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select, Typography } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError, isProblemType } from "@/lib/api/problem";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory } from "@/lib/directory";
import { useClaimableTrips, useSubmitClaim, type ExpenseClaim, type Trip } from "../api/expenses";
import {
  EXPENSE_CATEGORIES,
  emptyClaimForm,
  emptyReceipt,
  toSubmitClaim,
  validateClaim,
  type ClaimForm,
  type ClaimProblem,
  type ReceiptLine,
} from "../model/claim-form";

const MAX_RECEIPTS = 100;
const RECEIPTS_REFUSED = "receipts-do-not-match-trip";

/** The form's lines filled up to complete receipt lines (antd leaves fields never shown undefined). */
function complete(values: ClaimForm): ClaimForm {
  return {
    ...emptyClaimForm(),
    ...values,
    receipts: (values.receipts ?? []).map((line) => ({ ...emptyReceipt(), ...line })),
  };
}

/** The server names the override's reason "receipts[0].override.reason"; the form keeps it beside the box. */
function fieldOf(path: string): (string | number)[] | null {
  const match = /^receipts\[(\d+)\]\.override\.reason$/.exec(path);
  return match ? ["receipts", Number(match[1]), "overrideReason"] : null;
}

/** A line not yet filled takes the trip's first day and destination. */
function withTrip(line: ReceiptLine, trip: Trip | undefined): ReceiptLine {
  return line.amount || line.receiptNumber ? line : { ...emptyReceipt(trip), category: line.category };
}

/**
 * The refusal of receipts that do not match the trip, in the person's words at each receipt: the server names
 * the receipt's place or date ("receipts[0].place") with an English reason.
 */
function explainMismatch(refusal: unknown, trip: Trip | undefined, t: TFunction): unknown {
  if (!(refusal instanceof ApiError) || !isProblemType(refusal, RECEIPTS_REFUSED) || !trip) return refusal;
  const errors = (refusal.problem?.errors ?? []).map((entry) => {
    if (entry.field?.endsWith(".place")) {
      return { ...entry, message: t("expenses.problems.notDestination", { destination: trip.destination }) };
    }
    if (entry.field?.endsWith(".date")) {
      return { ...entry, message: t("expenses.problems.outsideTrip", { from: trip.firstDay, to: trip.lastDay }) };
    }
    return entry;
  });
  return new ApiError(refusal.status, refusal.problem && { ...refusal.problem, errors }, refusal.retryAfterSeconds);
}

/**
 * An expense claim (报销) for a trip: one line per receipt. A receipt from another city or outside the trip's
 * days refuses the whole claim; the server's reason is shown at that receipt's place or date. A manager may
 * claim on an installer's behalf and accept such a receipt with a reason.
 */
export function SubmitClaimForm({
  tripId,
  onSubmitted,
}: {
  tripId?: string;
  onSubmitted: (claim: ExpenseClaim) => void;
}) {
  const trips = useClaimableTrips();
  // The lines start with the trip's first day and destination: the form starts once the trips are known.
  if (trips.isPending) return <Loading />;
  const trip = trips.data?.find((candidate) => candidate.id === tripId);
  const initial = emptyClaimForm(trip ? tripId : "");
  return (
    <ClaimFormFields
      trips={trips.data ?? []}
      tripsError={trips.error}
      initial={{ ...initial, receipts: [emptyReceipt(trip)] }}
      onSubmitted={onSubmitted}
    />
  );
}

function ClaimFormFields({
  trips,
  tripsError,
  initial,
  onSubmitted,
}: {
  trips: readonly Trip[];
  tripsError: unknown;
  initial: ClaimForm;
  onSubmitted: (claim: ExpenseClaim) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const manager = me.roles.includes("manager");
  const submit = useSubmitClaim();
  const installers = useInstallerDirectory(manager);
  // A manager claims on behalf of one of the trip's people (the server asks whom); an installer for themselves.
  const options = { onBehalf: manager, mayOverride: manager };
  const { form, onFinish, submitting, problem, error } = useApiForm<ClaimForm, ExpenseClaim>({
    submit: (values, idempotencyKey) =>
      submit
        .mutateAsync({ body: toSubmitClaim(complete(values), options), idempotencyKey })
        .catch((refusal: unknown) => {
          throw explainMismatch(
            refusal,
            trips.find((candidate) => candidate.id === values.tripId),
            t,
          );
        }),
    check: checkWith(
      (values: ClaimForm) => validateClaim(complete(values), { onBehalf: manager }),
      (found: ClaimProblem) => (found === "required" ? t("validation.required") : t(`expenses.problems.${found}`)),
    ),
    fieldOf,
    success: (claim) => t("expenses.submit.done", { number: claim.number }),
    onSuccess: (claim) => onSubmitted(claim),
  });
  const tripId = Form.useWatch("tripId", form) ?? initial.tripId;
  const trip = trips.find((candidate) => candidate.id === tripId);
  const refused = isProblemType(error, RECEIPTS_REFUSED);
  const money = { suffix: format.currency, inputMode: "decimal" as const };

  function chooseTrip(id: string) {
    const chosen = trips.find((candidate) => candidate.id === id);
    const receipts: ReceiptLine[] = form.getFieldValue("receipts") ?? [];
    form.setFieldsValue({
      personId: "",
      receipts: receipts.map((line) => withTrip({ ...emptyReceipt(), ...line }, chosen)),
    });
  }

  return (
    <Form<ClaimForm>
      form={form}
      layout="vertical"
      aria-label={t("expenses.submit.title")}
      initialValues={initial}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Card size="small">
        <Row gutter={16}>
          <Col xs={24} md={manager ? 14 : 24}>
            <Form.Item
              name="tripId"
              label={t("expenses.fields.trip")}
              required
              getValueProps={(value?: string) => ({ value: value || undefined })}
            >
              <Select
                showSearch={{ optionFilterProp: "label" }}
                placeholder={t("expenses.submit.chooseTrip")}
                onChange={chooseTrip}
                options={trips.map((candidate) => ({
                  value: candidate.id,
                  label: t("expenses.submit.tripOption", {
                    number: candidate.number,
                    destination: candidate.destination,
                    from: candidate.firstDay,
                    to: candidate.lastDay,
                  }),
                }))}
              />
            </Form.Item>
          </Col>
          {manager && (
            <Col xs={24} md={10}>
              <Form.Item
                name="personId"
                label={t("expenses.fields.person")}
                required
                extra={t("expenses.submit.personHint")}
                getValueProps={(value?: string) => ({ value: value || undefined })}
              >
                <Select
                  placeholder={t("expenses.submit.choosePerson")}
                  options={(trip?.personIds ?? []).map((id) => ({
                    value: id,
                    label: id === me.userId ? me.displayName : nameIn(installers.data, id),
                  }))}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        {trip && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t("expenses.submit.rule", { destination: trip.destination, from: trip.firstDay, to: trip.lastDay })}
          </Typography.Paragraph>
        )}
        <ProblemAlert error={tripsError} />
      </Card>
      <Form.List name="receipts">
        {(lines, { add, remove }) => (
          <>
            {lines.map(({ key, name }, index) => {
              const title = t("expenses.submit.receipt", { number: index + 1 });
              return (
                <Card
                  key={key}
                  size="small"
                  role="group"
                  aria-label={title}
                  title={title}
                  style={{ marginTop: 16 }}
                  extra={
                    lines.length > 1 && (
                      <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => remove(name)}>
                        {t("expenses.submit.removeReceipt", { number: index + 1 })}
                      </Button>
                    )
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} sm={12} lg={8}>
                      <Form.Item
                        name={[name, "category"]}
                        label={t("expenses.fields.category")}
                        required
                        getValueProps={(value?: string) => ({ value: value || undefined })}
                      >
                        <Select
                          placeholder={t("expenses.submit.chooseCategory")}
                          options={EXPENSE_CATEGORIES.map((category) => ({
                            value: category,
                            label: t(`expenses.category.${category}`),
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={8}>
                      <Form.Item name={[name, "amount"]} label={t("expenses.fields.amount")} required>
                        <Input {...money} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={8}>
                      <DateFormItem name={[name, "date"]} label={t("expenses.fields.date")} required />
                    </Col>
                    <Col xs={24} sm={12} lg={8}>
                      <Form.Item name={[name, "place"]} label={t("expenses.fields.place")} required>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} lg={8}>
                      <Form.Item name={[name, "receiptNumber"]} label={t("expenses.fields.receiptNumber")} required>
                        <Input />
                      </Form.Item>
                    </Col>
                  </Row>
                  {manager && (
                    <>
                      <Form.Item name={[name, "override"]} valuePropName="checked" style={{ marginBottom: 8 }}>
                        <Checkbox>{t("expenses.submit.override")}</Checkbox>
                      </Form.Item>
                      <Form.Item noStyle dependencies={[["receipts", name, "override"]]}>
                        {({ getFieldValue }) =>
                          getFieldValue(["receipts", name, "override"]) && (
                            <Form.Item
                              name={[name, "overrideReason"]}
                              label={t("expenses.fields.overrideReason")}
                              required
                            >
                              <Input />
                            </Form.Item>
                          )
                        }
                      </Form.Item>
                    </>
                  )}
                </Card>
              );
            })}
            <Flex style={{ margin: "16px 0" }}>
              <Button
                icon={<PlusOutlined />}
                disabled={lines.length >= MAX_RECEIPTS}
                onClick={() => add(emptyReceipt(trip))}
              >
                {t("expenses.submit.addReceipt")}
              </Button>
            </Flex>
          </>
        )}
      </Form.List>
      {refused ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t("expenses.submit.refused")}
          description={t("expenses.submit.refusedHint")}
        />
      ) : (
        problem && <div style={{ marginBottom: 16 }}>{problem}</div>
      )}
      <SubmitButton submitting={submitting}>{t("expenses.submit.submit")}</SubmitButton>
    </Form>
  );
}
