import { CheckCircleOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Flex, Input, Space, Table, Typography } from "antd";
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert, RefusalAlert } from "@/components/ProblemAlert";
import { fieldErrorsOf, isStaleVersion } from "@/lib/api/problem";
import { focusFirstInvalid } from "@/lib/validation";
import {
  WEEKDAYS,
  newRow,
  toCalendarForm,
  toWorkingCalendar,
  validateCalendar,
  type CalendarFormValues,
  type CalendarProblemKey,
  type DayList,
  type DayRow,
  type WorkingCalendar,
} from "../model/calendar-form";

interface CalendarFormProps {
  calendar: WorkingCalendar;
  saving: boolean;
  saved: boolean;
  error: unknown;
  onSave: (calendar: WorkingCalendar) => void;
  onReload: () => void;
}

/** Weekday of an ISO date, independent of the browser's time zone. */
function weekdayOf(date: string): (typeof WEEKDAYS)[number] | null {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return null;
  const sundayFirst = new Date(time).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? null;
}

export function CalendarForm({ calendar, saving, saved, error, onSave, onReload }: CalendarFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<CalendarFormValues>(() => toCalendarForm(calendar));
  const [clientProblems, setClientProblems] = useState<Record<string, CalendarProblemKey>>({});
  const [dirty, setDirty] = useState(false);
  // Paths (or whole lists, after rows moved) whose server messages no longer apply.
  const [stale, setStale] = useState<{ error: unknown; paths: Set<string> }>({ error, paths: new Set() });
  const edited = stale.error === error ? stale.paths : new Set<string>();
  const serverErrors = useMemo(() => fieldErrorsOf(error), [error]);

  const displayedFields = useMemo(() => {
    const paths = new Set<string>(["workingDays"]);
    for (const list of ["holidays", "makeUpWorkingDays"] as const) {
      values[list].forEach((_, index) => {
        paths.add(`${list}[${index}].date`).add(`${list}[${index}].name`);
      });
    }
    return paths;
  }, [values]);

  function messageFor(path: string): string | undefined {
    const problem = clientProblems[path];
    if (problem) return t(`validation.${problem}`);
    const list = path.split("[")[0] ?? path;
    return edited.has(path) || edited.has(list) ? undefined : serverErrors[path];
  }

  function update(next: CalendarFormValues, editedPath: string) {
    setValues(next);
    setDirty(true);
    setClientProblems({});
    setStale({ error, paths: new Set(edited).add(editedPath) });
  }

  function toggleWeekday(day: (typeof WEEKDAYS)[number], checked: boolean) {
    const workingDays = checked ? [...values.workingDays, day] : values.workingDays.filter((d) => d !== day);
    update({ ...values, workingDays }, "workingDays");
  }

  function editRow(list: DayList, index: number, patch: Partial<DayRow>) {
    const rows = values[list].map((row, i) => (i === index ? { ...row, ...patch } : row));
    update({ ...values, [list]: rows }, `${list}[${index}].${Object.keys(patch)[0] ?? "date"}`);
  }

  function addRow(list: DayList) {
    update({ ...values, [list]: [...values[list], newRow()] }, list);
  }

  function removeRow(list: DayList, index: number) {
    update({ ...values, [list]: values[list].filter((_, i) => i !== index) }, list);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateCalendar(values);
    setClientProblems(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(problems));
      return;
    }
    setStale({ error: undefined, paths: new Set() });
    onSave(toWorkingCalendar(values, calendar.version));
  }

  const workingDaysError = messageFor("workingDays");

  /** A text or date input of a row, with its message beneath and linked to it. */
  function rowInput(list: DayList, index: number, row: DayRow, field: "date" | "name", label: string): ReactNode {
    const path = `${list}[${index}].${field}`;
    const message = messageFor(path);
    const messageId = `${row.key}-${field}-error`;
    return (
      <>
        <Input
          type={field === "date" ? "date" : "text"}
          name={path}
          aria-label={label}
          status={message ? "error" : undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          value={row[field]}
          style={{ minWidth: field === "date" ? 150 : 180 }}
          onChange={(event) => editRow(list, index, { [field]: event.target.value })}
        />
        {message && (
          <Typography.Text id={messageId} type="danger" style={{ display: "block" }}>
            {message}
          </Typography.Text>
        )}
      </>
    );
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("calendar.title")}>
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card
          size="small"
          role="group"
          aria-labelledby="working-days-title"
          aria-describedby={workingDaysError ? "working-days-error" : undefined}
          title={<span id="working-days-title">{t("calendar.workingDays")}</span>}
        >
          <Typography.Paragraph type="secondary">{t("calendar.workingDaysHint")}</Typography.Paragraph>
          <Flex wrap gap={12}>
            {WEEKDAYS.map((day) => (
              <Checkbox
                key={day}
                name="workingDays"
                checked={values.workingDays.includes(day)}
                onChange={(event) => toggleWeekday(day, event.target.checked)}
              >
                {t(`calendar.weekdays.${day}`)}
              </Checkbox>
            ))}
          </Flex>
          {workingDaysError && (
            <Typography.Text id="working-days-error" type="danger" style={{ display: "block", marginTop: 8 }}>
              {workingDaysError}
            </Typography.Text>
          )}
        </Card>

        {(["holidays", "makeUpWorkingDays"] as const).map((list) => {
          const title = t(`calendar.${list}.title`);
          const label = (index: number) => t("calendar.row", { list: title, number: index + 1 });
          return (
            <Card
              key={list}
              size="small"
              role="group"
              aria-labelledby={`${list}-title`}
              title={<span id={`${list}-title`}>{title}</span>}
              extra={
                <Button size="small" icon={<PlusOutlined />} onClick={() => addRow(list)}>
                  {t(`calendar.${list}.add`)}
                </Button>
              }
            >
              <Typography.Paragraph type="secondary">{t(`calendar.${list}.hint`)}</Typography.Paragraph>
              <Table<DayRow>
                aria-label={title}
                size="small"
                rowKey="key"
                pagination={false}
                scroll={{ x: "max-content" }}
                dataSource={values[list]}
                locale={{ emptyText: t("calendar.empty") }}
                columns={[
                  {
                    title: t("calendar.date"),
                    key: "date",
                    render: (_, row, index) =>
                      rowInput(list, index, row, "date", `${label(index)} ${t("calendar.date")}`),
                  },
                  {
                    title: t("calendar.weekday"),
                    key: "weekday",
                    responsive: ["sm"],
                    render: (_, row) => {
                      const weekday = weekdayOf(row.date);
                      return (
                        <Typography.Text type="secondary">
                          {weekday ? t(`calendar.weekdays.${weekday}`) : ""}
                        </Typography.Text>
                      );
                    },
                  },
                  {
                    title: t("calendar.name"),
                    key: "name",
                    render: (_, row, index) =>
                      rowInput(list, index, row, "name", `${label(index)} ${t("calendar.name")}`),
                  },
                  {
                    title: t("calendar.sourceColumn"),
                    key: "source",
                    responsive: ["md"],
                    render: (_, row) => (
                      <Typography.Text type="secondary">
                        {t(`calendar.source.${row.source ?? "TENANT"}`)}
                      </Typography.Text>
                    ),
                  },
                  {
                    title: <span className="visually-hidden">{t("common.actions")}</span>,
                    key: "actions",
                    render: (_, _row, index) => (
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t("calendar.removeRow", { row: label(index) })}
                        onClick={() => removeRow(list, index)}
                      >
                        {t("common.remove")}
                      </Button>
                    ),
                  },
                ]}
              />
            </Card>
          );
        })}

        {isStaleVersion(error) ? (
          <RefusalAlert error={error} changedText={t("errors.stale")} onReload={onReload} />
        ) : (
          <ProblemAlert error={error} displayedFields={displayedFields} />
        )}
        <Flex gap={12} align="center" wrap>
          <Button type="primary" htmlType="submit" loading={saving} disabled={saving}>
            {t("common.save")}
          </Button>
          {saved && !dirty ? (
            <Typography.Text type="success" role="status">
              <CheckCircleOutlined /> {t("common.saved")}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t("common.version", { version: calendar.version })}</Typography.Text>
          )}
        </Flex>
      </Space>
    </form>
  );
}
