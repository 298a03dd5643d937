import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Form, Radio, Tag, Typography, Upload, type UploadFile } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "@/components/DataTable";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { readBytes } from "@/lib/files";
import { useUploadImport, type ImportJob, type ImportKind } from "../api/imports";
import { IMPORT_COLUMNS, IMPORT_KINDS, readCsv, templateCsv, type ImportColumn } from "../model/import-job";

interface UploadValues {
  kind: ImportKind;
  file?: UploadFile[];
  /** The file's text, read and checked in the browser before it is sent. */
  csv?: string;
}

/** The server reads the file's header and counts its rows while the upload waits: its objections belong to the file. */
const fieldOf = (path: string) => (path === "header" || path === "body" ? ["file"] : null);

/** The expected columns of a file, required ones first as the contract lists them. */
function ColumnTable({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const columns: ColumnsType<ImportColumn> = [
    {
      key: "name",
      title: t("imports.column"),
      render: (_, column) => <Typography.Text code>{column.name}</Typography.Text>,
    },
    {
      key: "required",
      title: t("imports.required"),
      render: (_, column) =>
        column.required ? <Tag color="blue">{t("imports.mandatory")}</Tag> : t("imports.optional"),
    },
    {
      key: "meaning",
      title: t("imports.meaning"),
      render: (_, column) => t(`imports.columns.${kind}.${column.name}` as "imports.columns.CUSTOMERS.name"),
    },
  ];
  return (
    <DataTable<ImportColumn>
      caption={t("imports.columnsOf", { kind: t(`imports.kind.${kind}`) })}
      size="small"
      columns={columns}
      rows={IMPORT_COLUMNS[kind]}
      rowKey="name"
      empty={{ description: "—" }}
    />
  );
}

/** A link that downloads a filled-in example of the file. */
function TemplateLink({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const url = useMemo(() => URL.createObjectURL(new Blob([templateCsv(kind)], { type: "text/csv" })), [kind]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      href={url}
      download={`aftercare-${kind.toLowerCase()}-template.csv`}
    >
      {t("imports.template")}
    </Button>
  );
}

/** Choose what the file holds, pick it and upload it; the answer is the queued job. */
export function UploadForm({ onUploaded }: { onUploaded: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport();
  const [reading, setReading] = useState(false);
  const { form, onFinish, submitting, problem, reset } = useApiForm<UploadValues, ImportJob>({
    submit: (values, idempotencyKey) =>
      upload.mutateAsync({ kind: values.kind, csv: values.csv ?? "", idempotencyKey }),
    check: (values): Record<string, string> => (values.file?.length ? {} : { file: t("validation.required") }),
    fieldOf,
    fieldLabels: { file: t("imports.upload.file"), header: t("imports.upload.file"), body: t("imports.upload.file") },
    onSuccess: (job) => onUploaded(job),
  });
  const kind = Form.useWatch("kind", form) ?? "CUSTOMERS";
  const title = t("imports.upload.title");

  /** Reads the file first: an empty, too large or non-UTF-8 file is refused at the file without being sent. */
  async function send(values: UploadValues) {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return onFinish(values);
    setReading(true);
    const read = readCsv(await readBytes(file));
    setReading(false);
    if ("problem" in read) {
      form.setFields([{ name: "file", errors: [t(`imports.upload.problems.${read.problem}`)] }]);
      return;
    }
    return onFinish({ ...values, csv: read.text });
  }

  return (
    <Card size="small" title={title} extra={<TemplateLink kind={kind} />} style={{ marginBottom: 16 }}>
      <Form<UploadValues>
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={{ kind: "CUSTOMERS" }}
        onFinish={(values) => void send(values)}
        // Another kind or another file is a new upload: the last refusal no longer applies.
        onValuesChange={() => {
          reset();
          upload.reset();
        }}
      >
        <Form.Item name="kind" label={t("imports.upload.kind")} extra={t(`imports.upload.rules.${kind}`)}>
          <Radio.Group
            optionType="button"
            aria-label={t("imports.upload.kind")}
            options={IMPORT_KINDS.map((value) => ({ value, label: t(`imports.kind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item>
          <ColumnTable kind={kind} />
        </Form.Item>
        <Form.Item
          name="file"
          label={t("imports.upload.file")}
          extra={t("imports.upload.fileHint")}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
          required
        >
          <Upload accept=".csv,text/csv" maxCount={1} beforeUpload={() => false}>
            <Button icon={<UploadOutlined aria-hidden />}>{t("imports.upload.choose")}</Button>
          </Upload>
        </Form.Item>
        {problem && <Form.Item>{problem}</Form.Item>}
        <SubmitButton submitting={submitting || reading}>{t("imports.upload.submit")}</SubmitButton>
      </Form>
    </Card>
  );
}
