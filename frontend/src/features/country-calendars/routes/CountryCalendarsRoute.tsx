import { EditOutlined, UploadOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "@/components/DataTable";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatDateTime } from "@/lib/format";
import { useCountryCalendars, useCountrySchedule, usePublishSchedule } from "../api/country-calendars";
import {
  checkFile,
  checkTarget,
  parseJsonSchedule,
  uploadKind,
  warningText,
  type CountryOverview,
  type UploadProblems,
} from "../model/schedule-upload";

/** Countries a platform in the region most likely serves, offered first; any ISO code may be typed. */
const COMMON_COUNTRIES = ["CN", "HK", "MO", "TW", "SG", "MY", "JP", "KR", "TH", "VN", "US", "GB", "DE", "FR", "AU"];

function countryName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "region" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

interface ScheduleDay {
  date: string;
  name: string;
  kind: "holiday" | "makeUp";
}

/** The platform admin publishes each country's holidays and make-up working days per year; tenants inherit them. */
export function CountryCalendarsRoute() {
  const { t, i18n } = useTranslation();
  const countries = useCountryCalendars();
  const publish = usePublishSchedule();
  const [country, setCountry] = useState("CN");
  const [year, setYear] = useState<number | null>(new Date().getUTCFullYear() + 1);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<UploadProblems>({});
  const [open, setOpen] = useState<{ country: string; year: number } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const schedule = useCountrySchedule(open?.country ?? null, open?.year ?? null);

  const countryOptions = useMemo(() => {
    const known = countries.data?.items.map((c) => c.country) ?? [];
    return [...new Set([...known, ...COMMON_COUNTRIES])].map((code) => ({
      value: code,
      label: countryName(code, i18n.language),
    }));
  }, [countries.data, i18n.language]);

  async function upload() {
    setDone(null);
    const found = { ...checkTarget(country, year, new Date()), ...checkFile(file) };
    if (Object.keys(found).length > 0 || !file || year === null) return setProblems(found);
    const text = await file.text();
    const published = () => setDone(t("countryCalendars.published", { country, year }));
    if (uploadKind(file) === "json") {
      const parsed = parseJsonSchedule(text, year);
      if (!parsed.body) return setProblems(parsed.problems);
      setProblems({});
      publish.mutate({ country, year, json: parsed.body }, { onSuccess: published });
    } else {
      setProblems({});
      publish.mutate({ country, year, ics: text }, { onSuccess: published });
    }
  }

  function saveEdit() {
    if (!open || editing === null || !schedule.data) return;
    const parsed = parseJsonSchedule(editing, open.year);
    if (!parsed.body) return setProblems(parsed.problems);
    setProblems({});
    publish.mutate(
      { ...open, json: { ...parsed.body, version: schedule.data.version } },
      {
        onSuccess: () => {
          setEditing(null);
          void schedule.refetch();
          setDone(t("countryCalendars.published", open));
        },
      },
    );
  }

  const columns: ColumnsType<CountryOverview> = [
    {
      title: t("countryCalendars.country"),
      dataIndex: "country",
      render: (code: string) => <Typography.Text strong>{countryName(code, i18n.language)}</Typography.Text>,
    },
    {
      title: t("countryCalendars.years"),
      key: "years",
      render: (_, c) =>
        c.years.length === 0 ? (
          <Typography.Text type="secondary">{t("countryCalendars.none")}</Typography.Text>
        ) : (
          <Flex wrap gap={4}>
            {c.years.map((y) => {
              const summary = t("countryCalendars.yearTitle", {
                holidays: y.holidays,
                makeUps: y.makeUpWorkingDays,
                time: formatDateTime(y.publishedAt, "UTC", i18n.language),
              });
              return (
                <Tooltip key={y.year} title={summary}>
                  <Button
                    size="small"
                    type={open?.country === c.country && open.year === y.year ? "primary" : "default"}
                    aria-label={`${c.country} ${y.year}: ${summary}`}
                    onClick={() => {
                      setOpen({ country: c.country, year: y.year });
                      setEditing(null);
                    }}
                  >
                    {y.year}
                  </Button>
                </Tooltip>
              );
            })}
          </Flex>
        ),
    },
    { title: t("countryCalendars.tenants"), dataIndex: "tenants", responsive: ["sm"] },
  ];

  const days: ScheduleDay[] = schedule.data
    ? [
        ...schedule.data.holidays.map((d) => ({ ...d, kind: "holiday" as const })),
        ...schedule.data.makeUpWorkingDays.map((d) => ({ ...d, kind: "makeUp" as const })),
      ].sort((a, b) => a.date.localeCompare(b.date))
    : [];
  // Country, year and file problems stand at their controls; those of the schedule's days are listed.
  const listed = Object.entries(problems).filter(([field]) => !["country", "year", "file"].includes(field));

  return (
    <>
      <PageHeader title={t("countryCalendars.title")} description={t("countryCalendars.description")} />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {countries.data?.items
          .map((c) => ({ c, w: warningText(c.warning) }))
          .filter(({ w }) => w)
          .map(({ c, w }) => (
            <Alert
              key={c.country}
              type="warning"
              showIcon
              role="alert"
              title={t(w!.key, { year: w!.year, country: countryName(c.country, i18n.language) })}
            />
          ))}
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <DataTable<CountryOverview>
            caption={t("countryCalendars.title")}
            columns={columns}
            rowKey="country"
            rows={countries.data?.items}
            loading={countries.isPending}
            error={countries.isError ? countries.error : undefined}
            onRetry={() => void countries.refetch()}
            empty={{ description: t("countryCalendars.none") }}
          />
        </Card>

        {open && schedule.data && (
          <Card
            size="small"
            role="region"
            aria-labelledby="country-schedule-title"
            title={
              <h2 id="country-schedule-title" style={{ margin: 0, fontSize: 16 }}>
                {t("countryCalendars.schedule", open)}
              </h2>
            }
            extra={
              editing === null && (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() =>
                    setEditing(
                      JSON.stringify(
                        { holidays: schedule.data!.holidays, makeUpWorkingDays: schedule.data!.makeUpWorkingDays },
                        null,
                        2,
                      ),
                    )
                  }
                >
                  {t("countryCalendars.edit")}
                </Button>
              )
            }
          >
            {editing === null ? (
              <Table<ScheduleDay>
                aria-label={t("countryCalendars.schedule", open)}
                size="small"
                rowKey="date"
                pagination={false}
                dataSource={days}
                columns={[
                  { title: t("calendar.date"), dataIndex: "date" },
                  { title: t("calendar.name"), dataIndex: "name" },
                  {
                    title: t("countryCalendars.kind"),
                    dataIndex: "kind",
                    render: (kind: ScheduleDay["kind"]) => (
                      <Tag color={kind === "holiday" ? "red" : "blue"}>{t(`countryCalendars.kinds.${kind}`)}</Tag>
                    ),
                  },
                ]}
              />
            ) : (
              <Form layout="vertical" component="div">
                <Form.Item label={t("countryCalendars.editHint")} htmlFor="country-schedule-json">
                  <Input.TextArea
                    id="country-schedule-json"
                    rows={16}
                    spellCheck={false}
                    style={{ fontFamily: "monospace" }}
                    value={editing}
                    onChange={(e) => setEditing(e.target.value)}
                  />
                </Form.Item>
                <Flex gap={8}>
                  <Button type="primary" loading={publish.isPending} onClick={saveEdit}>
                    {t("countryCalendars.save")}
                  </Button>
                  <Button onClick={() => setEditing(null)}>{t("common.cancel")}</Button>
                </Flex>
              </Form>
            )}
          </Card>
        )}

        <Card
          size="small"
          role="region"
          aria-labelledby="country-upload-title"
          title={
            <h2 id="country-upload-title" style={{ margin: 0, fontSize: 16 }}>
              {t("countryCalendars.upload.title")}
            </h2>
          }
        >
          <Typography.Paragraph type="secondary">{t("countryCalendars.upload.hint")}</Typography.Paragraph>
          <Form
            layout="vertical"
            aria-label={t("countryCalendars.upload.title")}
            onFinish={() => void upload()}
            disabled={publish.isPending}
          >
            <Flex wrap gap={16}>
              <Form.Item
                label={t("countryCalendars.country")}
                htmlFor="country-code"
                validateStatus={problems.country ? "error" : undefined}
                help={problems.country && t("countryCalendars.problems.country")}
              >
                <Select
                  id="country-code"
                  showSearch={{ optionFilterProp: "label" }}
                  style={{ minWidth: 220 }}
                  value={country}
                  options={countryOptions}
                  onChange={(code: string) => setCountry(code)}
                />
              </Form.Item>
              <Form.Item
                label={t("countryCalendars.year")}
                htmlFor="country-year"
                validateStatus={problems.year ? "error" : undefined}
                help={problems.year && t("countryCalendars.problems.year")}
              >
                <InputNumber id="country-year" precision={0} value={year} onChange={(value) => setYear(value)} />
              </Form.Item>
            </Flex>
            <Form.Item
              label={t("countryCalendars.upload.file")}
              validateStatus={problems.file ? "error" : undefined}
              help={problems.file && t(`countryCalendars.problems.${problems.file}`, { field: "file" })}
            >
              <Upload
                accept=".ics,.json,text/calendar,application/json"
                maxCount={1}
                beforeUpload={(chosen) => {
                  setFile(chosen);
                  return false;
                }}
                onRemove={() => setFile(null)}
                fileList={file ? [{ uid: "schedule", name: file.name, status: "done" }] : []}
              >
                <Button icon={<UploadOutlined />}>{t("countryCalendars.upload.choose")}</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<UploadOutlined />} loading={publish.isPending}>
              {t("countryCalendars.upload.submit")}
            </Button>
          </Form>
        </Card>
        {listed.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={
              <ul className="problem-list">
                {listed.map(([field, problem]) => (
                  <li key={field}>{t(`countryCalendars.problems.${problem}`, { field })}</li>
                ))}
              </ul>
            }
          />
        )}
        {publish.isError && <ProblemAlert error={publish.error} />}
        {done && <Alert type="success" showIcon role="status" title={done} />}
      </Space>
    </>
  );
}
