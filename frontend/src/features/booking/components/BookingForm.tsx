import { Button, Card, Form, Input, Radio, Select, Typography } from "antd";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useApiForm } from "@/components/form/use-api-form";
import { useCreateBooking, type BookingOptions, type BookingReceipt } from "../api/booking";
import {
  emptyBookingForm,
  isSlotTaken,
  toCreateBookingRequest,
  validateBookingForm,
  type BookingForm as BookingFormState,
} from "../model/booking-form";
import type { BookingFormat } from "../model/zoned-format";
import { SlotPicker } from "./SlotPicker";

interface BookingFormProps {
  tenantSlug: string;
  options: BookingOptions;
  format: BookingFormat;
  onBooked: (receipt: BookingReceipt) => void;
}

const section = (id: string, title: string) => ({
  role: "region" as const,
  "aria-labelledby": id,
  size: "small" as const,
  title: (
    <h2 id={id} style={{ margin: 0, fontSize: 16 }}>
      {title}
    </h2>
  ),
  style: { marginBottom: 16 },
});

/** What the customer needs, when to come and where, and how to reach them. */
export function BookingForm({ tenantSlug, options, format, onBooked }: BookingFormProps) {
  const { t } = useTranslation();
  const mutation = useCreateBooking(tenantSlug);
  const [form] = Form.useForm<BookingFormState>();
  // A slot taken meanwhile is said in the page's own words at the picker, not with the server's field message.
  const slotTaken = useRef(false);
  const full = (values: Partial<BookingFormState>): BookingFormState => ({
    ...emptyBookingForm(options.services),
    ...values,
  });
  const { onFinish, submitting, error, problem } = useApiForm<BookingFormState, BookingReceipt>({
    form,
    submit: async (values) => {
      slotTaken.current = false;
      try {
        return await mutation.mutateAsync(toCreateBookingRequest(full(values)));
      } catch (refusal) {
        // The slot went to someone faster; the list is read again and the customer picks another.
        if (isSlotTaken(refusal)) {
          slotTaken.current = true;
          form.setFields([{ name: "slot", value: null, errors: [t("booking.problems.slotTaken")] }]);
          form.scrollToField("slot", { focus: true, block: "center" });
        }
        throw refusal;
      }
    },
    check: (values) =>
      Object.fromEntries(
        Object.entries(validateBookingForm(full(values))).map(([path, found]) => [
          path,
          t(`booking.problems.${found}`),
        ]),
      ),
    // The server names the slot "preferredSlot" (and its parts); the form holds it as "slot".
    fieldOf: (path) => (path.startsWith("preferredSlot") ? (slotTaken.current ? ["slotTaken"] : "slot") : null),
    onSuccess: onBooked,
  });
  const service = Form.useWatch("service", form);

  return (
    <Form<BookingFormState>
      form={form}
      layout="vertical"
      aria-label={t("booking.book.form")}
      initialValues={emptyBookingForm(options.services)}
      onFinish={onFinish}
      // A message stands until its field is changed.
      onValuesChange={(changed: Partial<BookingFormState>) =>
        form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof BookingFormState, errors: [] })))
      }
      requiredMark={false}
    >
      <Card {...section("booking-what", t("booking.book.what"))}>
        <Form.Item name="service" label={t("booking.fields.service")}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={options.services.map((value) => ({ value, label: t(`booking.service.${value}`) }))}
          />
        </Form.Item>
        {options.products.length > 0 && (
          <Form.Item name="productId" label={t("booking.fields.product")} extra={t("booking.fields.optional")}>
            <Select
              options={[
                { value: "", label: t("booking.fields.noProduct") },
                ...options.products.map((product) => ({ value: product.id, label: product.name })),
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          name="serialNumber"
          label={t("booking.fields.serialNumber")}
          extra={t("booking.fields.serialNumberHint")}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="problem"
          label={t(service === "FAULT" ? "booking.fields.problemFault" : "booking.fields.problem")}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Card>

      <Card {...section("booking-who", t("booking.book.who"))}>
        <Form.Item name="name" label={t("booking.fields.name")}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="phone" label={t("booking.fields.phone")}>
          <Input type="tel" inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item name="address" label={t("booking.fields.address")} style={{ marginBottom: 0 }}>
          <Input.TextArea rows={2} autoComplete="street-address" />
        </Form.Item>
      </Card>

      <Card {...section("booking-when", t("booking.book.when"))}>
        <Form.Item name="slot" style={{ marginBottom: 0 }}>
          <SlotPicker
            legend={t("booking.fields.preferredSlot")}
            name="preferredSlot"
            slots={options.slots}
            format={format}
          />
        </Form.Item>
        {options.changeCutoffHours > 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
            {t("booking.book.changeRule", { hours: options.changeCutoffHours })}
          </Typography.Paragraph>
        )}
      </Card>

      {!isSlotTaken(error) && problem}
      <div className="next-action">
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={submitting}
          disabled={submitting || options.slots.length === 0}
        >
          {submitting ? t("booking.book.submitting") : t("booking.book.submit")}
        </Button>
      </div>
    </Form>
  );
}
