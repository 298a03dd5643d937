import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isStaleVersion } from "@/lib/api/problem";
import { useSiteChange, type Customer, type CustomerSite } from "../api/customers";
import { emptySiteForm, toSiteRequest, validateSiteForm, type SiteForm, type SiteProblem } from "../model/customer-form";

const FIELDS = new Set(["label", "address", "latitude", "longitude"]);

function siteFormOf(site: CustomerSite): SiteForm {
  return {
    label: site.label,
    address: site.address,
    latitude: site.latitude === undefined ? "" : String(site.latitude),
    longitude: site.longitude === undefined ? "" : String(site.longitude),
  };
}

/** Adds a site, or changes one with the version read. */
function SiteEditor({ customerId, site, onDone }: { customerId: string; site: CustomerSite | null; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useSiteChange(customerId);
  const [form, setForm] = useState<SiteForm>(() => (site ? siteFormOf(site) : emptySiteForm()));
  const [problems, setProblems] = useState<Record<string, SiteProblem>>({});
  const [idempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(mutation.error);
  const title = site ? t("customers.sites.editOf", { label: site.label }) : t("customers.sites.add");

  function message(path: string) {
    const problem = problems[path];
    if (!problem) return server[path];
    return problem === "latitude" || problem === "longitude" || problem === "bothCoordinates"
      ? t(`customers.sites.problems.${problem}`)
      : t(`validation.${problem}`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSiteForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const body = toSiteRequest(form);
    mutation.mutate(
      site ? { kind: "update", siteId: site.id, body: { ...body, version: site.version } } : { kind: "add", body, idempotencyKey },
      { onSuccess: () => onDone() },
    );
  }

  const field = (name: keyof SiteForm, label: string, wide = false) => (
    <TextField
      label={label}
      name={name}
      value={form[name]}
      error={message(name)}
      inputClassName={wide ? "input--full" : undefined}
      inputMode={name === "latitude" || name === "longitude" ? "decimal" : undefined}
      onChange={(value) => {
        setForm((current) => ({ ...current, [name]: value }));
        setProblems(({ [name]: _cleared, ...rest }) => rest);
      }}
    />
  );

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={title}>
      <div className="field-grid">
        {field("label", t("customers.sites.label"))}
        {field("latitude", t("customers.sites.latitude"))}
        {field("longitude", t("customers.sites.longitude"))}
      </div>
      {field("address", t("customers.sites.address"), true)}
      {isStaleVersion(mutation.error) ? (
        <div className="alert alert--warning" role="alert">
          <p className="alert__headline">{t("errors.stale")}</p>
          <button type="button" className="button" onClick={onDone}>
            {t("common.reload")}
          </button>
        </div>
      ) : (
        <ProblemAlert error={mutation.error} displayedFields={FIELDS} />
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The customer's places where installers work. A site that assets or work orders name cannot be removed. */
export function SitesPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const remove = useSiteChange(customer.id);
  const [editing, setEditing] = useState<CustomerSite | "new" | null>(null);

  function removeSite(site: CustomerSite) {
    if (window.confirm(t("customers.sites.confirmRemove", { label: site.label }))) {
      remove.mutate({ kind: "remove", siteId: site.id });
    }
  }

  return (
    <section className="panel" aria-labelledby="sites-title">
      <h2 id="sites-title" className="panel__title">
        {t("customers.sites.title")}
      </h2>
      <table className="table table--inner">
        <thead>
          <tr>
            <th scope="col">{t("customers.sites.label")}</th>
            <th scope="col">{t("customers.sites.address")}</th>
            <th scope="col">{t("customers.sites.coordinates")}</th>
            <th scope="col">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {customer.sites.length === 0 ? (
            <tr>
              <td colSpan={4} className="empty">
                {t("customers.sites.none")}
              </td>
            </tr>
          ) : (
            customer.sites.map((site) => (
              <tr key={site.id}>
                <td className="strong nowrap">{site.label}</td>
                <td>{site.address}</td>
                <td className="mono nowrap">
                  {site.latitude !== undefined && site.longitude !== undefined ? `${site.latitude}, ${site.longitude}` : ""}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t("customers.sites.editOf", { label: site.label })}
                    onClick={() => setEditing(site)}
                  >
                    {t("common.edit")}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t("customers.sites.removeOf", { label: site.label })}
                    disabled={remove.isPending}
                    onClick={() => removeSite(site)}
                  >
                    {t("common.remove")}
                  </button>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <ProblemAlert error={remove.error} />
      {editing ? (
        <SiteEditor
          key={editing === "new" ? "new" : `${editing.id}-${editing.version}`}
          customerId={customer.id}
          site={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="button button--small" onClick={() => setEditing("new")}>
          {t("customers.sites.add")}
        </button>
      )}
    </section>
  );
}
