import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  MIN_PHONE_DIGITS,
  matchingContacts,
  needsMoreDigits,
  phoneDigits,
  searchTermOf,
  useCustomer,
  useCustomerAssets,
  useCustomerSearch,
  type Asset,
  type Customer,
  type CustomerSummary,
} from "@/lib/customer-lookup";

/** Results shown at once; more digits narrow them down. */
const RESULTS = 5;
/** Sites and assets listed per customer in a result; the rest are counted. */
const SHOWN_PER_KIND = 3;

interface CustomerSearchProps {
  label: string;
  /** Form key of the field, for focusing it and for the server's field errors. */
  name: string;
  /** The chosen customer's id, or "" while none is chosen. */
  customerId: string;
  onChange: (customer: CustomerSummary | null) => void;
  /** Already translated message shown under the field. */
  error?: string | undefined;
  hint?: string | undefined;
  placeholder?: string | undefined;
  /** Offers to register a new customer with what is typed. */
  onCreateNew?: (text: string) => void;
  autoFocus?: boolean;
}

function assetLabel(asset: Asset): string {
  return [asset.productName, asset.serialNumber, asset.vehiclePlate].filter(Boolean).join(" ");
}

/** Sites and assets of a customer, the way a dispatcher on the phone checks they have the right one. */
function CustomerDetails({ customer, assets }: { customer: Customer | undefined; assets: readonly Asset[] | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {customer && (
        <span className="customer-option__line">
          <span className="customer-option__key">{t("customerSearch.sites")}</span>
          {customer.sites.length === 0
            ? t("customerSearch.none")
            : customer.sites
                .slice(0, SHOWN_PER_KIND)
                .map((site) => `${site.label} · ${site.address}`)
                .join("；")}
          {customer.sites.length > SHOWN_PER_KIND && ` ${t("customerSearch.andMore", { count: customer.sites.length - SHOWN_PER_KIND })}`}
        </span>
      )}
      {assets && (
        <span className="customer-option__line">
          <span className="customer-option__key">{t("customerSearch.assets")}</span>
          {assets.length === 0
            ? t("customerSearch.none")
            : assets.slice(0, SHOWN_PER_KIND).map(assetLabel).join("；")}
          {assets.length > SHOWN_PER_KIND && ` ${t("customerSearch.andMore", { count: assets.length - SHOWN_PER_KIND })}`}
        </span>
      )}
    </>
  );
}

function CustomerOption({ summary, digits }: { summary: CustomerSummary; digits: string }) {
  const { t } = useTranslation();
  const detail = useCustomer(summary.id);
  const assets = useCustomerAssets(summary.id);
  // Found through a contact's phone: say whose, so the dispatcher greets the right person.
  const contacts =
    detail.data && digits && !phoneDigits(summary.phone).startsWith(digits) ? matchingContacts(detail.data, digits) : [];
  return (
    <>
      <span className="customer-option__head">
        <span className="strong">{summary.name}</span>
        <span className="chip">{t(`customerKind.${summary.kind}`)}</span>
        <span className="mono">{summary.phone}</span>
      </span>
      {contacts.map((contact) => (
        <span key={contact.id} className="customer-option__line customer-option__contact">
          <span className="customer-option__key">{t("customerSearch.contact")}</span>
          {contact.name} <span className="mono">{contact.phone}</span>
          {contact.role && ` (${contact.role})`}
        </span>
      ))}
      <CustomerDetails customer={detail.data} assets={assets.data?.items} />
    </>
  );
}

/**
 * Finds a customer by phone (from {@link MIN_PHONE_DIGITS} digits, the customer's or a contact's) or by name while
 * the person types, showing each customer's sites and assets; picking one sets the field.
 */
export function CustomerSearch({
  label,
  name,
  customerId,
  onChange,
  error,
  hint,
  placeholder,
  onCreateNew,
  autoFocus,
}: CustomerSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [active, setActive] = useState(-1);
  const { term, settled, query } = useCustomerSearch(text, RESULTS);
  const chosen = useCustomer(customerId || null);
  const chosenAssets = useCustomerAssets(customerId || null);

  const listId = `${id}-results`;
  const statusId = `${id}-status`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  // Hide results at once when the input is cleared, not only after the pause.
  const results = searchTermOf(text) !== null && term !== null ? (query.data?.items ?? []) : [];
  const digits = term && "phone" in term ? term.phone : "";

  function type(next: string) {
    setText(next);
    setActive(-1);
  }

  function choose(customer: CustomerSummary) {
    onChange(customer);
    setText("");
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && results.length > 0) {
      event.preventDefault();
      setActive((current) => Math.min(current + 1, results.length - 1));
    } else if (event.key === "ArrowUp" && results.length > 0) {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === "Enter") {
      // Enter picks a result (the first one when none is highlighted); it never submits the form from here.
      event.preventDefault();
      const picked = results[active >= 0 ? active : 0];
      if (picked && settled) choose(picked);
    } else if (event.key === "Escape") {
      type("");
    }
  }

  let status: string | null = null;
  if (needsMoreDigits(text)) {
    status = t("customerSearch.moreDigits", { count: MIN_PHONE_DIGITS - phoneDigits(text).length });
  } else if (searchTermOf(text) !== null) {
    if (query.isError) status = t("customerSearch.failed");
    else if (!settled || query.isFetching) status = t("customerSearch.searching");
    else if (results.length === 0) status = t("customerSearch.noMatch");
    else if (query.data?.nextCursor) status = t("customerSearch.narrowDown", { count: results.length });
    else status = t("customerSearch.found", { count: results.length });
  }

  const classes = ["field", "customer-search", error ? "field--invalid" : ""].filter(Boolean).join(" ");

  if (customerId) {
    const customer = chosen.data;
    return (
      <div className={classes}>
        <span className="field__label" id={`${id}-label`}>
          {label}
        </span>
        <div className="customer-chosen" role="group" aria-labelledby={`${id}-label`}>
          <span className="customer-option__head">
            {customer ? (
              <>
                <span className="strong">{customer.name}</span>
                <span className="chip">{t(`customerKind.${customer.kind}`)}</span>
                <span className="mono">{customer.phone}</span>
              </>
            ) : (
              <span className="muted">{chosen.isError ? t("customerSearch.failed") : t("common.loading")}</span>
            )}
            <button
              type="button"
              name={name}
              className="button button--small customer-chosen__change"
              onClick={() => {
                onChange(null);
                // Back to typing: the input appears in place of this card.
                setTimeout(() => inputRef.current?.focus(), 0);
              }}
            >
              {t("customerSearch.change")}
            </button>
          </span>
          <CustomerDetails customer={customer} assets={chosenAssets.data?.items} />
        </div>
        {error && (
          <p id={errorId} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className={classes}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="field__control">
        <input
          ref={inputRef}
          id={id}
          name={name}
          type="search"
          role="combobox"
          className="input input--wide"
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          placeholder={placeholder}
          value={text}
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && results[active] ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : "", hint ? hintId : "", statusId].filter(Boolean).join(" ")}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {onCreateNew && (
          <button type="button" className="button button--small" onClick={() => onCreateNew(text)}>
            {t("customerSearch.create")}
          </button>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <p id={statusId} className="field__hint customer-search__status" role="status">
        {status}
      </p>
      <ul id={listId} role="listbox" aria-label={t("customerSearch.results", { label })} className="customer-search__results">
        {results.map((customer, index) => (
          <li
            key={customer.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "customer-option customer-option--active" : "customer-option"}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(customer)}
          >
            <CustomerOption summary={customer} digits={digits} />
          </li>
        ))}
      </ul>
    </div>
  );
}
