import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "@/components/CopyButton";
import { Field } from "@/components/Field";
import type { NewIntegrationClient } from "../api/integration-clients";

/**
 * The credentials of a client just created. The server never returns the secret again, so this panel is
 * the only place it appears; it lives in the page's state only and is gone once dismissed or left.
 */
export function NewClientCredentials({ created, onDone }: { created: NewIntegrationClient; onDone: () => void }) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);

  // The form that produced this closes, so the focus moves here rather than back to the top of the page.
  useEffect(() => titleRef.current?.focus(), [created]);

  const value = (label: string, text: string) => (
    <Field label={label}>
      {(props) => (
        <>
          <input
            {...props}
            readOnly
            className="input input--wide mono"
            value={text}
            onFocus={(e) => e.target.select()}
          />
          <CopyButton text={text} what={label} />
        </>
      )}
    </Field>
  );

  return (
    <section className="panel panel--highlight" aria-labelledby="new-integration-title">
      <h2 id="new-integration-title" ref={titleRef} tabIndex={-1} className="panel__title">
        {t("integrations.created.title", { name: created.client.name })}
      </h2>
      <div className="alert alert--warning" role="alert">
        <p className="alert__headline">{t("integrations.created.warning")}</p>
        <p>{t("integrations.created.warningDetail")}</p>
      </div>
      <div className="credentials">
        {value(t("integrations.fields.clientId"), created.client.clientId)}
        {value(t("integrations.fields.clientSecret"), created.clientSecret)}
        {value(t("integrations.fields.tokenUrl"), created.tokenUrl)}
      </div>
      <p className="panel__description">{t("integrations.created.usage")}</p>
      <div className="form-footer__bar">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t("integrations.created.done")}
        </button>
      </div>
    </section>
  );
}
