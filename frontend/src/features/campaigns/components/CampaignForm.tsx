import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Segmented, Select, TimePicker, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { RefusalAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useProductDirectory, useServicePointDirectory, type DirectoryEntry } from "@/lib/directory";
import { addDays } from "@/lib/format";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import {
  useCampaignAudience,
  useCreateCampaign,
  useRecentInstallationMonths,
  useUpdateCampaign,
  type Campaign,
  type CampaignAudienceRequest,
  type CampaignKind,
} from "../api/campaigns";
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_KINDS,
  MAX_SLOT_CAPACITY,
  MAX_VISIT_DAYS,
  MIN_SLOT_CAPACITY,
  campaignFormOf,
  emptyCampaignForm,
  formFieldOf,
  isOvernight,
  messagesForKind,
  segmentOf,
  toCampaignRequest,
  validateCampaignForm,
  type CampaignForm as CampaignFormState,
  type CampaignProblem,
} from "../model/campaign-form";
import { MESSAGE_LANGUAGES, builtInMessage, sampleLink } from "../model/message";
import { AudienceCount } from "./AudienceCount";
import { MessageEditor } from "./MessageEditor";

const ISO_DATE = "YYYY-MM-DD";
const CLOCK = "HH:mm";
const SEND_AT = "YYYY-MM-DD HH:mm";
/** The live count waits until the manager stops changing the segment. */
const AUDIENCE_DEBOUNCE_MS = 400;
// Sample customers of the preview, one per message language.
const SAMPLE_NAMES = { zh: "王芳", en: "Fang Wang" } as const;

interface CampaignFormProps {
  /** The draft to change; without it the form defines a new campaign. */
  campaign?: Campaign;
  onSaved: (campaign: Campaign) => void;
  /** Reads the draft again after someone else changed it. */
  onReload?: () => void;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      size="small"
      role="region"
      aria-labelledby={id}
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

/** A choice by name: an id the directory does not know (yet) is not shown. */
function known(value: string | undefined, entries: DirectoryEntry[] | undefined) {
  return { value: value && entries?.some((entry) => entry.id === value) ? value : undefined };
}

/**
 * A campaign's definition, for a new one and for a draft: who it reaches (with the live count), what they are
 * sent in each language, which days they may book, and when messages may go out.
 */
export function CampaignForm({ campaign, onSaved, onReload }: CampaignFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const create = useCreateCampaign();
  const update = useUpdateCampaign(campaign?.id ?? "");
  const products = useProductDirectory();
  const servicePoints = useServicePointDirectory();
  const recentMonths = useRecentInstallationMonths();
  // The form starts once; a later read of the draft does not overwrite what is being typed.
  const [initial] = useState(() =>
    campaign ? campaignFormOf(campaign, format.timeZone) : emptyCampaignForm(format.today()),
  );
  const full = (values: Partial<CampaignFormState>): CampaignFormState => ({
    ...initial,
    ...values,
    segment: { ...initial.segment, ...values.segment },
  });
  const { form, onFinish, submitting, problem, error } = useApiForm<CampaignFormState, Campaign>({
    submit: (values) => {
      const body = toCampaignRequest(full(values), format.timeZone, campaign?.version);
      return campaign ? update.mutateAsync(body) : create.mutateAsync(body);
    },
    check: checkWith(
      (values: CampaignFormState) => validateCampaignForm(full(values), format.timeZone),
      (found: CampaignProblem) =>
        found === "required"
          ? t("validation.required")
          : t(`campaigns.form.problems.${found}`, {
              days: MAX_VISIT_DAYS,
              min: MIN_SLOT_CAPACITY,
              max: MAX_SLOT_CAPACITY,
            }),
    ),
    fieldOf: formFieldOf,
    success: (saved) =>
      t(campaign ? "campaigns.saved" : "campaigns.created", { number: saved.number, name: saved.name }),
    onSuccess: onSaved,
  });

  const kind: CampaignKind = Form.useWatch("kind", form) ?? initial.kind;
  const channel = Form.useWatch("channel", form) ?? initial.channel;
  const segment = Form.useWatch("segment", form);
  const visits: [string, string] | null = Form.useWatch("visits", form) ?? null;
  const quietHours: [string, string] | null | undefined = Form.useWatch("quietHours", form);
  const previousKind = useRef(initial.kind);

  // The count follows the segment as it is being set, once typing pauses.
  const request = JSON.stringify({
    channel,
    segment: segmentOf({ ...initial.segment, ...segment }, kind, recentMonths.data),
  });
  const settled = useDebouncedValue(request, AUDIENCE_DEBOUNCE_MS);
  const counted = useMemo(() => JSON.parse(settled) as CampaignAudienceRequest, [settled]);
  const audience = useCampaignAudience(counted);

  const sample = (language: "zh" | "en") => ({
    name: SAMPLE_NAMES[language],
    link: sampleLink(window.location.origin, me.tenant?.slug ?? ""),
    from: visits?.[0] ?? "",
    until: visits?.[1] ?? "",
    company: me.tenant?.name ?? "",
  });
  const options = (entries: DirectoryEntry[] | undefined) =>
    (entries ?? []).map((entry) => ({ value: entry.id, label: entry.name }));
  const months = t("units.months");
  const days = t("units.days");
  const tomorrow = dayjs(addDays(format.today(), 1), ISO_DATE);
  const title = campaign ? t("campaigns.edit.title", { name: campaign.name }) : t("campaigns.create.title");

  return (
    <Form<CampaignFormState>
      form={form}
      layout="vertical"
      aria-label={title}
      initialValues={initial}
      onFinish={onFinish}
      disabled={submitting}
      onValuesChange={(changed: Partial<CampaignFormState>) => {
        if (changed.kind && changed.kind !== previousKind.current) {
          form.setFieldsValue(messagesForKind(form.getFieldsValue(), previousKind.current, changed.kind));
          previousKind.current = changed.kind;
        }
      }}
      style={{ maxWidth: 960 }}
    >
      <Section id="campaign-what" title={t("campaigns.form.sections.campaign")}>
        <Form.Item name="name" label={t("campaigns.fields.name")} required>
          <Input maxLength={120} placeholder={t("campaigns.form.namePlaceholder")} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="kind"
              label={t("campaigns.fields.kind")}
              extra={t(`campaigns.kindHint.${kind}`, { months: recentMonths.data ?? "—" })}
            >
              <Segmented
                aria-label={t("campaigns.fields.kind")}
                options={CAMPAIGN_KINDS.map((value) => ({ value, label: t(`campaigns.kind.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="channel" label={t("campaigns.fields.channel")}>
              <Segmented
                aria-label={t("campaigns.fields.channel")}
                options={CAMPAIGN_CHANNELS.map((value) => ({ value, label: t(`campaigns.channel.${value}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section id="campaign-audience" title={t("campaigns.form.sections.audience")}>
        <Typography.Paragraph type="secondary">{t("campaigns.form.segment.hint")}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name={["segment", "installedWithinMonths"]}
              label={t("campaigns.fields.installedWithinMonths")}
              extra={
                kind === "RECENT_INSTALLATIONS" && recentMonths.data
                  ? t("campaigns.form.segment.recentDefault", { months: recentMonths.data })
                  : undefined
              }
            >
              <InputNumber<number>
                min={1}
                max={120}
                precision={0}
                suffix={months}
                placeholder={
                  kind === "RECENT_INSTALLATIONS" && recentMonths.data ? String(recentMonths.data) : undefined
                }
                style={{ width: "100%" }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={["segment", "productId"]}
              label={t("campaigns.fields.product")}
              getValueProps={(value: string) => known(value, products.data)}
              normalize={(value?: string) => value ?? ""}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                loading={products.isPending}
                placeholder={t("campaigns.form.segment.anyProduct")}
                options={options(products.data)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={["segment", "warrantyEndingWithinDays"]}
              label={t("campaigns.fields.warrantyEndingWithinDays")}
            >
              <InputNumber<number> min={1} max={730} precision={0} suffix={days} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={["segment", "servicePointId"]}
              label={t("campaigns.fields.servicePoint")}
              getValueProps={(value: string) => known(value, servicePoints.data)}
              normalize={(value?: string) => value ?? ""}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                loading={servicePoints.isPending}
                placeholder={t("campaigns.form.segment.anyServicePoint")}
                options={options(servicePoints.data)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={["segment", "notServicedForMonths"]} label={t("campaigns.fields.notServicedForMonths")}>
              <InputNumber<number> min={1} max={120} precision={0} suffix={months} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <AudienceCount
          audience={audience.data}
          channel={counted.channel}
          counting={audience.isFetching || settled !== request}
          error={audience.isError ? audience.error : null}
        />
      </Section>

      <Section id="campaign-message" title={t("campaigns.form.sections.message")}>
        <Typography.Paragraph type="secondary">{t("campaigns.form.message.hint")}</Typography.Paragraph>
        {MESSAGE_LANGUAGES.map((language) => (
          <MessageEditor
            key={language}
            form={form}
            language={language}
            channel={channel}
            builtIn={builtInMessage(kind, language)}
            sample={sample(language)}
          />
        ))}
      </Section>

      <Section id="campaign-visits" title={t("campaigns.form.sections.visits")}>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="visits"
              label={t("campaigns.fields.visits")}
              required
              extra={t("campaigns.form.visits.hint", { days: MAX_VISIT_DAYS })}
              getValueProps={(value: [string, string] | null) => ({
                value: value ? [dayjs(value[0], ISO_DATE), dayjs(value[1], ISO_DATE)] : null,
              })}
              normalize={(value: [Dayjs, Dayjs] | null) =>
                value ? [value[0].format(ISO_DATE), value[1].format(ISO_DATE)] : null
              }
            >
              <DatePicker.RangePicker
                format={ISO_DATE}
                allowClear={false}
                disabledDate={(day, info) =>
                  day.isBefore(tomorrow, "day") ||
                  (!!info.from && Math.abs(day.diff(info.from, "day")) > MAX_VISIT_DAYS)
                }
                style={{ width: "100%" }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="slotCapacity"
              label={t("campaigns.fields.slotCapacity")}
              required
              extra={t("campaigns.form.visits.capacityHint")}
            >
              <InputNumber<number>
                min={MIN_SLOT_CAPACITY}
                max={MAX_SLOT_CAPACITY}
                precision={0}
                style={{ width: "100%" }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section id="campaign-sending" title={t("campaigns.form.sections.sending")}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="quietHours"
              label={t("campaigns.fields.quietHours")}
              extra={
                quietHours && isOvernight(quietHours)
                  ? t("campaigns.form.sending.overnight", { from: quietHours[0], until: quietHours[1] })
                  : t("campaigns.form.sending.quietHint")
              }
              getValueProps={(value: [string, string] | null) => ({
                value: value ? [dayjs(value[0], CLOCK), dayjs(value[1], CLOCK)] : null,
              })}
              normalize={(value: [Dayjs, Dayjs] | null) =>
                value ? [value[0].format(CLOCK), value[1].format(CLOCK)] : null
              }
            >
              <TimePicker.RangePicker
                format={CLOCK}
                minuteStep={5}
                order={false}
                needConfirm={false}
                style={{ width: "100%" }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="sendAt"
              label={t("campaigns.fields.sendAt")}
              extra={t("campaigns.form.sending.sendAtHint", { zone: format.timeZone })}
              getValueProps={(value: string) => ({ value: value ? dayjs(value, SEND_AT) : null })}
              normalize={(value: Dayjs | null) => (value ? value.format(SEND_AT) : "")}
            >
              <DatePicker
                showTime={{ format: CLOCK, minuteStep: 5 }}
                format={SEND_AT}
                placeholder={t("campaigns.form.sending.sendNow")}
                disabledDate={(day) => day.isBefore(dayjs(format.today(), ISO_DATE), "day")}
                style={{ width: "100%" }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      {isStaleVersion(error) && onReload ? (
        <RefusalAlert error={error} changedText={t("errors.stale")} onReload={onReload} />
      ) : (
        problem && <div style={{ marginBottom: 16 }}>{problem}</div>
      )}
      <SubmitButton submitting={submitting}>
        {campaign ? t("campaigns.edit.submit") : t("campaigns.create.submit")}
      </SubmitButton>
    </Form>
  );
}
