import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ServiceRequest } from "../api/service-requests";
import { ConvertForm } from "./ConvertForm";
import { TextOutcomeForm } from "./TextOutcomeForm";

type Outcome = "resolveByPhone" | "convert" | "dismiss";
const OUTCOMES: readonly Outcome[] = ["resolveByPhone", "convert", "dismiss"];

/** The three ways an open request ends, each with the input it needs. */
export function OutcomeBar({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Outcome | null>(null);
  return (
    <section className="panel" aria-label={t("serviceRequests.detail.outcomes")}>
      <div className="action-bar">
        {OUTCOMES.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className={outcome === "dismiss" ? "button button--danger" : "button button--primary"}
            aria-expanded={open === outcome}
            onClick={() => setOpen(open === outcome ? null : outcome)}
          >
            {t(`serviceRequests.outcomes.${outcome}.open`)}
          </button>
        ))}
      </div>
      {open === "convert" && <ConvertForm request={request} />}
      {(open === "resolveByPhone" || open === "dismiss") && <TextOutcomeForm key={open} request={request} outcome={open} />}
    </section>
  );
}
