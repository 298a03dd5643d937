import { Alert, Button, Card, Flex, Form, Input, Radio, Typography } from "antd";
import { useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useApiForm } from "@/components/form/use-api-form";
import { dayInWords, todayIn } from "@/lib/format";
import { useBookCampaignVisit, type CampaignLink, type CampaignLinkBooked } from "../api/campaign-link";
import { isSlotTaken } from "../model/booking-form";
import {
  emptyCampaignBookingForm,
  toCampaignBookingRequest,
  underWarrantyOn,
  validateCampaignBooking,
  type CampaignBookingForm as CampaignBookingFormState,
} from "../model/campaign-link";
import type { BookingFormat } from "../model/zoned-format";
import { SlotPicker } from "./SlotPicker";

interface CampaignBookingFormProps {
  tenantSlug: string;
  linkCode: string;
  link: CampaignLink;
  format: BookingFormat;
  onBooked: (booked: CampaignLinkBooked) => void;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      role="region"
      aria-labelledby={id}
      size="small"
      title={
        <h2 id={id} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </h2>
      }
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}

/** One product as the customer knows it: its name, when it was installed and until when its warranty runs. */
function ProductLine({ product, today }: { product: CampaignLink["products"][number]; today: string }) {
  const { t, i18n } = useTranslation();
  const warranty = underWarrantyOn(product, today);
  const day = (date: string) => dayInWords(date, i18n.language, today);
  return (
    <Flex vertical>
      <Typography.Text strong>{product.productName}</Typography.Text>
      {product.installDate && (
        <Typography.Text type="secondary">
          {t("booking.campaign.installedOn", { date: day(product.installDate) })}
        </Typography.Text>
      )}
      <Typography.Text type={warranty === false ? "warning" : "secondary"}>
        {warranty === null
          ? t("booking.campaign.warrantyUnknown")
          : t(warranty ? "booking.campaign.warrantyUntil" : "booking.campaign.warrantyEnded", {
              date: day(product.warrantyEnd!),
            })}
      </Typography.Text>
    </Flex>
  );
}

/** The maintenance visit through a personal link: which product, where, when, and a note; one tap books it. */
export function CampaignBookingForm({ tenantSlug, linkCode, link, format, onBooked }: CampaignBookingFormProps) {
  const { t } = useTranslation();
  const mutation = useBookCampaignVisit(tenantSlug, linkCode);
  const [form] = Form.useForm<CampaignBookingFormState>();
  const today = todayIn(link.timeZone);
  // A slot taken meanwhile is said in the page's own words at the picker.
  const slotTaken = useRef(false);
  const full = (values: Partial<CampaignBookingFormState>): CampaignBookingFormState => ({
    ...emptyCampaignBookingForm(link),
    ...values,
  });
  const { onFinish, submitting, error, problem } = useApiForm<CampaignBookingFormState, CampaignLinkBooked>({
    form,
    submit: async (values) => {
      slotTaken.current = false;
      try {
        return await mutation.mutateAsync(toCampaignBookingRequest(full(values)));
      } catch (refusal) {
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
        Object.entries(validateCampaignBooking(full(values))).map(([path, found]) => [
          path,
          t(`booking.campaign.problems.${found}`),
        ]),
      ),
    // The server names the slot's parts ("slot.start"); the form holds the slot whole.
    fieldOf: (path) => (path.startsWith("slot") ? (slotTaken.current ? ["slotTaken"] : "slot") : null),
    onSuccess: onBooked,
  });

  return (
    <Form<CampaignBookingFormState>
      form={form}
      layout="vertical"
      aria-label={t("booking.campaign.form")}
      initialValues={emptyCampaignBookingForm(link)}
      onFinish={onFinish}
      onValuesChange={(changed: Partial<CampaignBookingFormState>) =>
        form.setFields(
          Object.keys(changed).map((name) => ({ name: name as keyof CampaignBookingFormState, errors: [] })),
        )
      }
      requiredMark={false}
    >
      {link.products.length > 0 && (
        <Section id="campaign-products" title={t("booking.campaign.products")}>
          {link.products.length === 1 ? (
            <ProductLine product={link.products[0]!} today={today} />
          ) : (
            <Form.Item name="assetId" label={t("booking.campaign.whichProduct")} style={{ marginBottom: 0 }}>
              <Radio.Group style={{ display: "flex", flexDirection: "column", gap: 12 }}>
                <Radio value="">{t("booking.campaign.allProducts")}</Radio>
                {link.products.map((product) => (
                  <Radio key={product.assetId} value={product.assetId}>
                    <ProductLine product={product} today={today} />
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
        </Section>
      )}

      <Section id="campaign-where" title={t("booking.campaign.where")}>
        {link.sites.length === 0 ? (
          <Alert type="warning" showIcon title={t("booking.campaign.noAddress", { tenant: link.tenantName })} />
        ) : (
          <Form.Item name="siteId" label={t("booking.campaign.address")} style={{ marginBottom: 0 }}>
            <Radio.Group style={{ display: "flex", flexDirection: "column", gap: 12 }}>
              {link.sites.map((site) => (
                <Radio key={site.id} value={site.id}>
                  <Flex vertical>
                    <Typography.Text strong>{site.label}</Typography.Text>
                    <Typography.Text type="secondary">{site.address}</Typography.Text>
                  </Flex>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
      </Section>

      <Section id="campaign-when" title={t("booking.campaign.when")}>
        <Form.Item name="slot" style={{ marginBottom: 0 }}>
          <SlotPicker legend={t("booking.fields.preferredSlot")} name="slot" slots={link.slots} format={format} />
        </Form.Item>
        <Form.Item name="note" label={t("booking.campaign.note")} style={{ margin: "16px 0 0" }}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={t("booking.campaign.notePlaceholder")} />
        </Form.Item>
      </Section>

      {!isSlotTaken(error) && problem}
      <div className="next-action">
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={submitting}
          disabled={submitting || link.slots.length === 0 || link.sites.length === 0}
        >
          {submitting ? t("booking.book.submitting") : t("booking.campaign.submit")}
        </Button>
      </div>
    </Form>
  );
}
