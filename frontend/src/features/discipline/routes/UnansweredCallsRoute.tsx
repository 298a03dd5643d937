import { Alert, Card, Form, Input, Tag, TimePicker, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { DateFormItem } from "@/components/form/DateFormItem";
import { defined } from "@/components/form/defined";
import { InstallerPicker } from "@/components/form/InstallerPicker";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { localTimeOf, zonedDateTimeToIso } from "@/lib/format";
import { useStaffNames } from "@/lib/staff-names";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useRecordUnansweredCall, useUnansweredCalls, type UnansweredCall } from "../api/discipline";
import { DisciplineTabs } from "../components/DisciplineTabs";
import { OfficeOnly } from "../components/OfficeOnly";
import { toUnansweredCall, validateUnansweredCall, type UnansweredCallForm } from "../model/discipline";

const TIME = "HH:mm";

function RecordCallForm({ onRecorded }: { onRecorded: (call: UnansweredCall) => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const record = useRecordUnansweredCall();
  const empty = (): UnansweredCallForm => ({
    installerId: "",
    date: format.today(),
    time: localTimeOf(new Date(), format.timeZone),
    note: "",
  });
  const full = (values: UnansweredCallForm) => ({ ...empty(), ...defined(values) });
  const calledAtOf = (values: UnansweredCallForm) => zonedDateTimeToIso(values.date, values.time, format.timeZone);
  const { form, onFinish, submitting, problem } = useApiForm<UnansweredCallForm, UnansweredCall>({
    submit: (values) => record.mutateAsync(toUnansweredCall(full(values), calledAtOf(full(values))!)),
    check: (values) => {
      const messages: Record<string, string> = {};
      for (const [path, found] of Object.entries(
        validateUnansweredCall(full(values), calledAtOf(full(values)), new Date()),
      )) {
        // The date and time pickers together are the call's instant.
        messages[path === "calledAt" ? "date" : path] =
          found === "required" ? t("validation.required") : t(`discipline.errors.${found}`);
      }
      return messages;
    },
    fieldOf: (path) => (path === "calledAt" ? "date" : null),
    onSuccess: (call) => {
      form.resetFields();
      onRecorded(call);
    },
  });
  return (
    <Card size="small" title={t("discipline.calls.record")} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t("discipline.calls.hint")}</Typography.Paragraph>
      <Form<UnansweredCallForm>
        form={form}
        layout="vertical"
        aria-label={t("discipline.calls.record")}
        initialValues={empty()}
        onFinish={onFinish}
        disabled={submitting}
      >
        <Form.Item name="installerId" label={t("discipline.fields.installer")} required>
          <InstallerPicker placeholder={t("discipline.choose")} style={{ maxWidth: 320 }} />
        </Form.Item>
        <DateFormItem name="date" label={t("discipline.calls.calledAt")} required />
        <Form.Item
          name="time"
          label={t("discipline.calls.calledAtTime")}
          required
          getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value, TIME) : null })}
          normalize={(value: Dayjs | null) => (value ? value.format(TIME) : "")}
        >
          <TimePicker format={TIME} minuteStep={1} />
        </Form.Item>
        <Form.Item name="note" label={t("discipline.calls.note")}>
          <Input />
        </Form.Item>
        {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
        <SubmitButton submitting={submitting}>{t("discipline.calls.submit")}</SubmitButton>
      </Form>
    </Card>
  );
}

/** Calls to installers nobody answered; within phone-duty hours each proposes the unreachable fine. */
export function UnansweredCallsRoute() {
  return (
    <OfficeOnly>
      <UnansweredCallsPage />
    </OfficeOnly>
  );
}

function UnansweredCallsPage() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const { search, choose } = useUrlFilters();
  const installerId = search.get("installerId") || undefined;
  const calls = useUnansweredCalls(installerId);
  const [recorded, setRecorded] = useState<UnansweredCall | null>(null);
  const columns: ColumnsType<UnansweredCall> = [
    { title: t("discipline.calls.calledAt"), dataIndex: "calledAt", render: (at: string) => format.dateTime(at) },
    { title: t("discipline.fields.installer"), dataIndex: "installerName" },
    {
      title: t("discipline.calls.withinDuty"),
      dataIndex: "withinDuty",
      render: (within: boolean) =>
        within ? (
          <Tag color="red">{t("discipline.calls.fineProposed")}</Tag>
        ) : (
          <Typography.Text type="secondary">{t("discipline.calls.offDuty")}</Typography.Text>
        ),
    },
    { title: t("discipline.calls.note"), dataIndex: "note", responsive: ["md"] },
    {
      title: t("discipline.calls.recordedBy"),
      dataIndex: "recordedBy",
      responsive: ["lg"],
      render: (by: string, call) => (
        <Typography.Text type="secondary">
          {nameOf(by)} · {format.dateTime(call.recordedAt)}
        </Typography.Text>
      ),
    },
  ];
  return (
    <ListPage
      title={t("discipline.calls.title")}
      description={t("discipline.calls.description")}
      filtersLabel={t("discipline.calls.filter")}
      filters={
        <Form.Item label={t("discipline.fields.installer")} htmlFor="filter-discipline-fields-installer">
          <InstallerPicker
            id="filter-discipline-fields-installer"
            placeholder={t("common.all")}
            value={installerId}
            onChange={(next) => choose("installerId", next)}
          />
        </Form.Item>
      }
      extra={
        <>
          <DisciplineTabs />
          <RecordCallForm onRecorded={setRecorded} />
          {recorded && (
            <Alert
              type={recorded.withinDuty ? "warning" : "success"}
              showIcon
              role="status"
              title={t(
                recorded.withinDuty ? "discipline.calls.recordedWithinDuty" : "discipline.calls.recordedOffDuty",
                { name: recorded.installerName ?? "" },
              )}
              style={{ marginBottom: 16 }}
            />
          )}
        </>
      }
    >
      <DataTable<UnansweredCall>
        caption={t("discipline.calls.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: t("discipline.calls.empty") }}
        {...keysetTable(calls)}
      />
    </ListPage>
  );
}
