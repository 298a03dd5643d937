import { Alert, Button, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, isProblemType, isStaleVersion, isValidationError, normalizeFieldPath } from "@/lib/api/problem";
import { problemText, readableServerMessage } from "@/lib/api/problem-text";

interface ProblemAlertProps {
  error: unknown;
  /** Field paths the form shows next to their controls; other field errors are listed here. */
  displayedFields?: ReadonlySet<string>;
  /** Labels of the form's fields by path ("manager.email" → "E-mail"), for field errors listed here. */
  fieldLabels?: Readonly<Record<string, string>>;
  children?: ReactNode;
}

/**
 * The one place a failed API call becomes a message for the user: a translated headline by problem type (never
 * the server's words), a hint what to do, the retry wait of a 429 or 503, and field errors no control shows.
 * The server's own text, the HTTP status and the error id stay in a collapsed "details" disclosure.
 */
export function ProblemAlert({ error, displayedFields = new Set(), fieldLabels = {}, children }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const { headline, hint, retry } = problemText(error, i18n);
  const listed =
    error instanceof ApiError && isValidationError(error) ? undisplayedFieldErrors(error, displayedFields) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={headline}
      description={
        <Space orientation="vertical" size={4} style={{ width: "100%" }}>
          {hint && <span>{hint}</span>}
          {retry && <span>{retry}</span>}
          {listed.length > 0 && (
            <ul className="problem-list">
              {listed.map(({ field, message }) => {
                const shown = readableServerMessage(message, i18n);
                const label = field ? labelOf(field, fieldLabels) : undefined;
                const line = label ? t("errors.fieldMessage", { field: label, message: shown }) : shown;
                return <li key={`${field}-${message}`}>{line}</li>;
              })}
            </ul>
          )}
          {children}
          <ProblemDetails error={error} />
        </Space>
      }
    />
  );
}

interface RefusalAlertProps {
  error: unknown;
  /** Problem types (besides a stale version) that mean someone else moved the record on: the person reloads. */
  changedTypes?: readonly string[];
  /** The headline for such a change, e.g. "Someone else recorded a call meanwhile". */
  changedText: string;
  displayedFields?: ReadonlySet<string>;
  onReload: () => void;
}

/**
 * A refused step on a record others work on too: when someone changed it meanwhile, a warning with a reload
 * button; any other refusal is a {@link ProblemAlert}.
 */
export function RefusalAlert({ error, changedTypes = [], changedText, displayedFields, onReload }: RefusalAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isStaleVersion(error) || changedTypes.some((type) => isProblemType(error, type))) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={changedText}
        description={<ProblemDetails error={error} />}
        action={<Button onClick={onReload}>{t("common.reload")}</Button>}
      />
    );
  }
  return <ProblemAlert error={error} displayedFields={displayedFields} />;
}

/**
 * The translated reason of a refusal under a screen's own headline (e.g. "pay month locked" under "the
 * adjustment was refused"), with the details folded away.
 */
export function ProblemExplanation({ error }: { error: unknown }) {
  const { i18n } = useTranslation();
  if (!error) return null;
  const { headline, hint, retry } = problemText(error, i18n);
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text>{headline}</Typography.Text>
      {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      {retry && <Typography.Text type="secondary">{retry}</Typography.Text>}
      <ProblemDetails error={error} />
    </Space>
  );
}

/**
 * What support needs and a person rarely does: the HTTP status, the server's title and detail, field messages
 * it sent in another language, and the error id, folded away under "Details".
 */
export function ProblemDetails({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  // Field messages stand at their fields or in the banner; only those replaced there for want of a translation are here.
  const untranslated = (problem?.errors ?? []).filter(
    ({ message }) => readableServerMessage(message, i18n) !== message,
  );
  const serverText = [problem?.title, problem?.detail].filter((part): part is string => !!part);
  const rawMessage =
    error instanceof ApiError
      ? undefined
      : error instanceof Error
        ? error.message
        : typeof error === "string"
          ? error
          : undefined;
  if (!(error instanceof ApiError) && !rawMessage) return null;
  return (
    <details className="problem-details">
      <summary>{t("errors.details")}</summary>
      <Typography.Text type="secondary">
        {error instanceof ApiError && <p>{t("errors.status", { status: error.status })}</p>}
        {serverText.length > 0 && <p>{serverText.join(" — ")}</p>}
        {rawMessage && <p>{rawMessage}</p>}
        {untranslated.length > 0 && (
          <ul className="problem-list">
            {untranslated.map(({ field, message }) => (
              <li key={`${field}-${message}`}>{field ? `${field}: ${message}` : message}</li>
            ))}
          </ul>
        )}
        {problem?.errorId && <p>{t("errors.errorId", { errorId: problem.errorId })}</p>}
      </Typography.Text>
    </details>
  );
}

/** The problem's field errors no control displays, with the form's path of each ("" for none). */
function undisplayedFieldErrors(
  error: ApiError,
  displayedFields: ReadonlySet<string>,
): { field: string; message: string }[] {
  return (error.problem?.errors ?? [])
    .map(({ field, message }) => ({ field: normalizeFieldPath(field), message }))
    .filter(({ field }) => !field || !displayedFields.has(field));
}

/** The form's label of a field path, else of its first segment ("preferredSlot.start" → the slot's label), else the path. */
function labelOf(field: string, labels: Readonly<Record<string, string>>): string {
  return labels[field] ?? labels[field.split(/[.[]/)[0] ?? ""] ?? field;
}
