import { useTranslation } from "react-i18next";
import { useCustomer } from "@/lib/customer-lookup";
import { Field } from "./Field";

interface SiteSelectProps {
  label: string;
  name: string;
  customerId: string;
  /** The chosen site's id, or "" for none. */
  value: string;
  onChange: (siteId: string) => void;
  error?: string | undefined;
}

/** One of the chosen customer's sites (where the installers go), or none. */
export function SiteSelect({ label, name, customerId, value, onChange, error }: SiteSelectProps) {
  const { t } = useTranslation();
  const customer = useCustomer(customerId || null);
  const sites = customer.data?.sites ?? [];
  return (
    <Field label={label} error={error}>
      {(props) => (
        <select
          {...props}
          name={name}
          className="input input--wide"
          value={value}
          disabled={!customerId}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{customerId && sites.length === 0 ? t("customerSearch.noSites") : t("customerSearch.noSite")}</option>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.label} · {site.address}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
