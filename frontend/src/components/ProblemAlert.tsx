import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, generalMessages, isProblemType, isValidationError } from "@/lib/api/problem";

interface ProblemAlertProps {
  error: unknown;
  /** Field paths the form shows next to their controls; other field errors are listed here. */
  displayedFields?: ReadonlySet<string>;
  children?: ReactNode;
}

/** The one place a failed API call becomes a message for the user. */
export function ProblemAlert({ error, displayedFields = new Set(), children }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  // The headline is always in the UI's language; the server's English detail follows it.
  let headline: string;
  let detail: string | undefined;
  let details: string[] = [];
  if (error instanceof ApiError) {
    detail = error.problem?.detail;
    if (isValidationError(error)) {
      headline = t("errors.fixFields");
      details = generalMessages(error, displayedFields);
      detail = undefined;
    } else if (error.status === 403) {
      headline = t("errors.forbidden");
    } else if (error.status === 404) {
      headline = t("errors.notFound");
    } else if (error.status === 409) {
      // Deleting a customer, site, asset, catalogue item or service point that something still refers to.
      headline = isProblemType(error, "in-use") ? t("errors.inUse") : t("errors.conflict");
    } else if (error.status === 413) {
      // An attachment larger than the tenant's limit (or than any request may be).
      headline = t("errors.tooLarge");
    } else if (error.status === 415) {
      // A file that is not a JPEG, PNG, WebP, PDF or MP4 by its bytes.
      headline = t("errors.unsupportedFileType");
    } else if (error.status === 429) {
      headline = t("errors.rateLimited");
    } else {
      headline = t("errors.http", { status: error.status });
      detail = detail ?? error.problem?.title;
    }
  } else if (error instanceof TypeError) {
    headline = t("errors.network");
  } else {
    headline = error instanceof Error ? error.message : String(error);
  }
  const errorId = error instanceof ApiError ? error.problem?.errorId : undefined;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__headline">{headline}</p>
      {detail && <p>{detail}</p>}
      {details.length > 0 && (
        <ul className="alert__list">
          {details.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {errorId && <p className="alert__meta">{t("errors.errorId", { errorId })}</p>}
      {children}
    </div>
  );
}
