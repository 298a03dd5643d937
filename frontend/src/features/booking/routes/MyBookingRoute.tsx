import { Button, Card, Descriptions, Flex, Form, Input, Radio, Select, Tag, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useApiForm } from "@/components/form/use-api-form";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { DEFAULT_TIME_ZONE } from "@/lib/format";
import type { BookingReceipt } from "../api/booking";
import { useCreateMyBooking, useMyBookingOptions, type MyBookingOptions } from "../api/my-account";
import { SlotPicker } from "../components/SlotPicker";
import { useBookingFormat } from "../components/use-booking-format";
import { isSlotTaken } from "../model/booking-form";
import {
  initialMyBookingForm,
  needsProduct,
  prefillOf,
  toMyBookingRequest,
  validateMyBookingForm,
  type MyBookingForm,
} from "../model/my-booking-form";
import { MY_REQUESTS_PATH, trackingPath } from "../model/paths";
import type { BookingFormat } from "../model/zoned-format";

/** A signed-in customer books a visit for one of their products at one of their addresses. */
export function MyBookingRoute() {
  const { t } = useTranslation();
  const options = useMyBookingOptions();
  const format = useBookingFormat(options.data?.timeZone ?? DEFAULT_TIME_ZONE);
  const [receipt, setReceipt] = useState<BookingReceipt | null>(null);

  return (
    <>
      <PageHeader title={t("booking.account.book.title")} description={t("booking.account.book.description")} />
      {options.isPending && <Loading />}
      {options.isError && (
        <ProblemAlert error={options.error}>
          <Button onClick={() => void options.refetch()}>{t("app.retry")}</Button>
        </ProblemAlert>
      )}
      {receipt ? (
        <MyBookingReceipt receipt={receipt} onAnother={() => setReceipt(null)} />
      ) : (
        options.data && <MyBookingFormCard options={options.data} format={format} onBooked={setReceipt} />
      )}
    </>
  );
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

function MyBookingFormCard({
  options,
  format,
  onBooked,
}: {
  options: MyBookingOptions;
  format: BookingFormat;
  onBooked: (receipt: BookingReceipt) => void;
}) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const mutation = useCreateMyBooking();
  const [form] = Form.useForm<MyBookingForm>();
  const slotTaken = useRef(false);
  const initial = initialMyBookingForm(options, prefillOf(search));
  const full = (values: Partial<MyBookingForm>): MyBookingForm => ({ ...initial, ...values });
  const { onFinish, submitting, error, problem } = useApiForm<MyBookingForm, BookingReceipt>({
    form,
    submit: async (values) => {
      slotTaken.current = false;
      try {
        return await mutation.mutateAsync(toMyBookingRequest(full(values)));
      } catch (refusal) {
        if (isSlotTaken(refusal)) {
          slotTaken.current = true;
          form.setFields([{ name: "slot", value: null, errors: [t("booking.problems.slotTaken")] }]);
        }
        throw refusal;
      }
    },
    check: (values) =>
      Object.fromEntries(
        Object.entries(validateMyBookingForm(full(values), options)).map(([path, found]) => [
          path,
          t(found === "productRequired" ? "booking.account.book.productRequired" : `booking.problems.${found}`),
        ]),
      ),
    fieldOf: (path) => (path.startsWith("slot") ? (slotTaken.current ? ["slotTaken"] : "slot") : null),
    onSuccess: onBooked,
  });
  const service = Form.useWatch("service", form) ?? initial.service;
  const withProduct = service !== "INSTALLATION" && options.products.length > 0;

  return (
    <Form<MyBookingForm>
      form={form}
      layout="vertical"
      aria-label={t("booking.account.book.title")}
      initialValues={initial}
      onFinish={onFinish}
      onValuesChange={(changed: Partial<MyBookingForm>) =>
        form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof MyBookingForm, errors: [] })))
      }
      requiredMark={false}
    >
      <Card {...section("my-booking-what", t("booking.book.what"))}>
        <Typography.Paragraph type="secondary">
          {t("booking.account.book.greeting", { name: options.customerName })}
        </Typography.Paragraph>
        <Form.Item name="service" label={t("booking.fields.service")}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={options.services.map((value) => ({ value, label: t(`booking.service.${value}`) }))}
          />
        </Form.Item>
        {withProduct && (
          <Form.Item
            name="productId"
            label={t("booking.account.book.product")}
            extra={needsProduct(service, options) ? undefined : t("booking.fields.optional")}
          >
            <Radio.Group style={{ display: "flex", flexDirection: "column", gap: 8 }}>
              {options.products.map((product) => (
                <Radio key={product.id} value={product.id}>
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{product.productName}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t("booking.account.book.serial", { serial: product.serialNumber })}
                    </Typography.Text>
                    <span>
                      <Tag color={product.underWarranty ? "success" : "error"}>
                        {product.underWarranty ? t("warranty.under") : t("warranty.expired")}
                      </Tag>
                    </span>
                  </Flex>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="problem"
          label={t(service === "FAULT" ? "booking.fields.problemFault" : "booking.fields.problem")}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Card>

      <Card {...section("my-booking-where", t("booking.account.book.where"))}>
        {options.addresses.length === 0 ? (
          <Typography.Text type="secondary">{t("booking.account.book.noAddress")}</Typography.Text>
        ) : (
          <Form.Item name="addressId" label={t("booking.fields.address")} style={{ marginBottom: 0 }}>
            <Select
              options={options.addresses.map((address) => ({
                value: address.id,
                label: `${address.label} · ${address.address}`,
              }))}
            />
          </Form.Item>
        )}
      </Card>

      <Card {...section("my-booking-when", t("booking.book.when"))}>
        <Form.Item name="slot" style={{ marginBottom: 0 }}>
          <SlotPicker legend={t("booking.fields.preferredSlot")} name="slot" slots={options.slots} format={format} />
        </Form.Item>
        {options.changeCutoffHours > 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
            {t("booking.account.book.changeRule", { hours: options.changeCutoffHours })}
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

/** The visit is booked: its number, and the way to follow it. The heading takes the focus for screen readers. */
function MyBookingReceipt({ receipt, onAnother }: { receipt: BookingReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const track = trackingPath(receipt.trackingCode);
  return (
    <Card
      role="region"
      aria-labelledby="my-receipt-title"
      title={
        <h2 id="my-receipt-title" tabIndex={-1} ref={headingRef} style={{ margin: 0, fontSize: 18 }}>
          {t("booking.account.receipt.title")}
        </h2>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: "number",
            label: t("booking.receipt.number"),
            children: <Typography.Text strong>{receipt.number}</Typography.Text>,
          },
        ]}
      />
      <Typography.Paragraph type="secondary">{t("booking.account.receipt.intro")}</Typography.Paragraph>
      <Flex vertical gap={8}>
        <Button
          type="primary"
          size="large"
          block
          href={track}
          onClick={(event) => {
            event.preventDefault();
            void navigate(track);
          }}
        >
          {t("booking.account.receipt.track")}
        </Button>
        <Button
          block
          href={MY_REQUESTS_PATH}
          onClick={(event) => {
            event.preventDefault();
            void navigate(MY_REQUESTS_PATH);
          }}
        >
          {t("booking.account.receipt.mine")}
        </Button>
        <Button block type="link" onClick={onAnother}>
          {t("booking.account.receipt.another")}
        </Button>
      </Flex>
    </Card>
  );
}
