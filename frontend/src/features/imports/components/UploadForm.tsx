import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SegmentedField } from "@/components/SegmentedField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { readBytes } from "@/lib/files";
import { useUploadImport, type ImportJob, type ImportKind } from "../api/imports";
import { IMPORT_COLUMNS, IMPORT_KINDS, readCsv, templateCsv, type FileProblem } from "../model/import-job";

const FILE_FIELDS = new Set(["header", "body"]);

/** The expected columns of a file, required ones first as the contract lists them. */
function ColumnTable({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  return (
    <table className="table table--inner table--columns">
      <caption className="visually-hidden">{t("imports.columnsOf", { kind: t(`imports.kind.${kind}`) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("imports.column")}</th>
          <th scope="col">{t("imports.required")}</th>
          <th scope="col">{t("imports.meaning")}</th>
        </tr>
      </thead>
      <tbody>
        {IMPORT_COLUMNS[kind].map((column) => (
          <tr key={column.name}>
            <td className="mono nowrap">{column.name}</td>
            <td className="nowrap">{column.required ? <span className="badge badge--new">{t("imports.mandatory")}</span> : t("imports.optional")}</td>
            <td>{t(`imports.columns.${kind}.${column.name}` as "imports.columns.CUSTOMERS.name")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A link that downloads a filled-in example of the file. */
function TemplateLink({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const url = useMemo(() => URL.createObjectURL(new Blob([templateCsv(kind)], { type: "text/csv" })), [kind]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <a className="button button--small" href={url} download={`aftercare-${kind.toLowerCase()}-template.csv`}>
      {t("imports.template")}
    </a>
  );
}

/** Choose what the file holds, pick it and upload it; the answer is the queued job. */
export function UploadForm({ onUploaded }: { onUploaded: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport();
  const [kind, setKind] = useState<ImportKind>("CUSTOMERS");
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<FileProblem | "required" | null>(null);
  const [reading, setReading] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  // The server reads the file's header and counts its rows while the upload waits: its objections belong to the file.
  const server = fieldErrorsOf(upload.error);
  const fileError = problem
    ? t(problem === "required" ? "validation.required" : `imports.upload.problems.${problem}`)
    : (server.header ?? server.body);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setProblem("required");
      return;
    }
    setReading(true);
    const read = readCsv(await readBytes(file));
    setReading(false);
    if ("problem" in read) {
      setProblem(read.problem);
      return;
    }
    upload.mutate(
      { kind, csv: read.text, idempotencyKey },
      {
        onSuccess: (job) => onUploaded(job),
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form className="panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="upload-title">
      <h2 id="upload-title" className="panel__title">
        {t("imports.upload.title")}
      </h2>
      <SegmentedField
        legend={t("imports.upload.kind")}
        name="kind"
        options={IMPORT_KINDS.map((value) => ({ value, label: t(`imports.kind.${value}`) }))}
        value={kind}
        onChange={(value) => {
          setKind(value);
          setIdempotencyKey(newIdempotencyKey());
          upload.reset();
        }}
      />
      <p className="panel__description">{t(`imports.upload.rules.${kind}`)}</p>
      <ColumnTable kind={kind} />
      <div className="upload-row">
        <Field
          label={t("imports.upload.file")}
          hint={t("imports.upload.fileHint")}
          error={fileError}
        >
          {(props) => (
            <input
              {...props}
              type="file"
              name="file"
              accept=".csv,text/csv"
              className="input input--file"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setProblem(null);
                setIdempotencyKey(newIdempotencyKey());
                upload.reset();
              }}
            />
          )}
        </Field>
        <TemplateLink kind={kind} />
      </div>
      <ProblemAlert error={upload.error} displayedFields={FILE_FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={upload.isPending || reading}>
          {upload.isPending || reading ? t("imports.upload.uploading") : t("imports.upload.submit")}
        </button>
      </div>
    </form>
  );
}
