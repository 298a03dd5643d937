import { Button, Form, Input, Radio } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "@/lib/api/schema-types";
import { RATING_ASPECTS, RATING_VALUES, signOffBody, type RatingAspect } from "@/lib/sign-off";
import { SignaturePad } from "./SignaturePad";
import { useApiForm } from "./form/use-api-form";

export type SignOffBody = Schema<"BookingSignOffRequest">;

interface SignOffValues {
  outcome: "signs" | "refuses";
  signaturePng?: string | null;
  ratings?: Partial<Record<RatingAspect, number>>;
  suggestions?: string;
  refusalReason?: string;
}

/** The fields the form shows at their controls; other field errors of a refusal are listed in its banner. */
export const SIGN_OFF_FIELDS: ReadonlySet<string> = new Set([
  "signaturePng",
  "ratings.attitude",
  "ratings.timeliness",
  "ratings.quality",
  "suggestions",
  "refusalReason",
]);

interface CustomerSignOffFormProps {
  /**
   * Whose screen it is: the installer hands the phone to the customer ("workOrders.signOff" texts), or the customer
   * signs on the tracking page, addressed as "you" ("booking.signOff" texts).
   */
  voice: "installer" | "customer";
  /** Sends the sign-off (signature with ratings, or a refusal with its reason); rejects with the ApiError. */
  submit: (body: SignOffBody, idempotencyKey: string) => Promise<unknown>;
  onDone?: () => void;
  /** A place's own words for a refusal (e.g. "the order changed meanwhile" with a reload); else the problem banner. */
  renderProblem?: (error: unknown) => ReactNode;
}

/** The pad hands over a PNG data URL; antd's Form.Item adds the error's id to the pad's description. */
function SignatureControl({
  label,
  onChange,
  "aria-describedby": describedBy,
}: {
  label: string;
  value?: string | null;
  onChange?: (png: string | null) => void;
  "aria-describedby"?: string;
}) {
  return <SignaturePad label={label} describedBy={describedBy} onChange={(png) => onChange?.(png)} />;
}

/**
 * The customer's sign-off, one form for both places a customer signs: on the installer's phone and on the tracking
 * page. They sign with a finger and rate the service 1–5 on three aspects, or refuse to sign with a reason.
 */
export function CustomerSignOffForm({ voice, submit, onDone, renderProblem }: CustomerSignOffFormProps) {
  const { t } = useTranslation();
  const texts = voice === "customer" ? "booking.signOff" : "workOrders.signOff";
  const text = (key: string, options?: Record<string, unknown>) =>
    t(`${texts}.${key}` as "booking.signOff.title", options ?? {});
  const api = useApiForm<SignOffValues>({
    submit: (values, key) =>
      submit(
        signOffBody({
          refused: values.outcome === "refuses",
          signature: values.signaturePng ?? null,
          ratings: {
            attitude: values.ratings?.attitude ?? null,
            timeliness: values.ratings?.timeliness ?? null,
            quality: values.ratings?.quality ?? null,
          },
          suggestions: values.suggestions ?? "",
          refusalReason: values.refusalReason ?? "",
        }),
        key,
      ),
    onSuccess: () => onDone?.(),
  });
  const refused = Form.useWatch("outcome", api.form) === "refuses";

  return (
    <Form<SignOffValues>
      form={api.form}
      layout="vertical"
      aria-label={text("title")}
      initialValues={{ outcome: "signs" }}
      onFinish={api.onFinish}
      requiredMark={false}
    >
      <Form.Item name="outcome" label={text("outcome")}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          aria-label={text("outcome")}
          options={[
            { value: "signs", label: text("signs") },
            { value: "refuses", label: text("refuses") },
          ]}
        />
      </Form.Item>
      {refused ? (
        <Form.Item
          name="refusalReason"
          label={text("refusalReason")}
          rules={[{ required: true, whitespace: true, message: text("problems.required") }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="signaturePng"
            label={text("signature")}
            rules={[{ required: true, message: text("problems.signatureRequired") }]}
          >
            <SignatureControl label={text("signature")} />
          </Form.Item>
          {RATING_ASPECTS.map((aspect) => (
            <Form.Item
              key={aspect}
              name={["ratings", aspect]}
              label={text(`ratings.${aspect}`)}
              rules={[{ required: true, message: text("problems.ratingRequired") }]}
            >
              <Radio.Group
                optionType="button"
                aria-label={text(`ratings.${aspect}`)}
                options={RATING_VALUES.map((value) => ({ value, label: text("ratingValue", { value }) }))}
              />
            </Form.Item>
          ))}
          <Form.Item name="suggestions" label={text("suggestions")}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
      {api.error ? (renderProblem ? renderProblem(api.error) : api.problem) : null}
      <Form.Item style={{ marginBottom: 0, marginTop: 12 }}>
        <Button type="primary" htmlType="submit" size="large" block loading={api.submitting}>
          {refused ? text("submitRefusal") : text("submit")}
        </Button>
      </Form.Item>
    </Form>
  );
}
