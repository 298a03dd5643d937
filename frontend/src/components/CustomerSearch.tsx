import { UserAddOutlined } from "@ant-design/icons";
import { AutoComplete, Button, Card, Flex, Tag, Typography } from "antd";
import { useState, type ReactNode } from "react";
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
  /** The field's label, naming the chosen customer's card (the input is labelled by its Form.Item). */
  label: string;
  /** The chosen customer's id, or "" while none is chosen (as antd's Form.Item passes it). */
  value?: string;
  onChange?: (customerId: string) => void;
  /** The chosen customer as the search found it (null when the choice is undone). */
  onChoose?: (customer: CustomerSummary | null) => void;
  /** Set by antd's Form.Item: the input's id, for its label and for focusing the field. */
  id?: string;
  placeholder?: string | undefined;
  /** Offers to register a new customer with what is typed. */
  onCreateNew?: (text: string) => void;
  autoFocus?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
}

function assetLabel(asset: Asset): string {
  return [asset.productName, asset.serialNumber, asset.vehiclePlate].filter(Boolean).join(" ");
}

/** One line of a result: a short key ("Sites") and what follows. */
function DetailLine({ name, children }: { name: string; children: ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ display: "block", whiteSpace: "normal" }}>
      <Typography.Text strong type="secondary" style={{ marginInlineEnd: 6 }}>
        {name}
      </Typography.Text>
      {children}
    </Typography.Text>
  );
}

/** Sites and assets of a customer, the way a dispatcher on the phone checks they have the right one. */
function CustomerDetails({
  customer,
  assets,
}: {
  customer: Customer | undefined;
  assets: readonly Asset[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {customer && (
        <DetailLine name={t("customerSearch.sites")}>
          {customer.sites.length === 0
            ? t("customerSearch.none")
            : customer.sites
                .slice(0, SHOWN_PER_KIND)
                .map((site) => `${site.label} · ${site.address}`)
                .join("；")}
          {customer.sites.length > SHOWN_PER_KIND &&
            ` ${t("customerSearch.andMore", { count: customer.sites.length - SHOWN_PER_KIND })}`}
        </DetailLine>
      )}
      {assets && (
        <DetailLine name={t("customerSearch.assets")}>
          {assets.length === 0 ? t("customerSearch.none") : assets.slice(0, SHOWN_PER_KIND).map(assetLabel).join("；")}
          {assets.length > SHOWN_PER_KIND &&
            ` ${t("customerSearch.andMore", { count: assets.length - SHOWN_PER_KIND })}`}
        </DetailLine>
      )}
    </>
  );
}

function CustomerHead({ customer }: { customer: Pick<CustomerSummary, "name" | "kind" | "phone"> }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text strong>{customer.name}</Typography.Text>
      <Tag style={{ marginInlineEnd: 0 }}>{t(`customerKind.${customer.kind}`)}</Tag>
      <Typography.Text>{customer.phone}</Typography.Text>
    </Flex>
  );
}

function CustomerOption({ summary, digits }: { summary: CustomerSummary; digits: string }) {
  const { t } = useTranslation();
  const detail = useCustomer(summary.id);
  const assets = useCustomerAssets(summary.id);
  // Found through a contact's phone: say whose, so the dispatcher greets the right person.
  const contacts =
    detail.data && digits && !phoneDigits(summary.phone).startsWith(digits)
      ? matchingContacts(detail.data, digits)
      : [];
  return (
    <Flex vertical gap={2} style={{ paddingBlock: 2 }}>
      <CustomerHead customer={summary} />
      {contacts.map((contact) => (
        <DetailLine key={contact.id} name={t("customerSearch.contact")}>
          {contact.name} {contact.phone}
          {contact.role && ` (${contact.role})`}
        </DetailLine>
      ))}
      <CustomerDetails customer={detail.data} assets={assets.data?.items} />
    </Flex>
  );
}

/**
 * Finds a customer by phone (from {@link MIN_PHONE_DIGITS} digits, the customer's or a contact's) or by name while
 * the person types, showing each customer's sites and assets; picking one (click, or ↑↓ and Enter) sets the field.
 * For antd's Form.Item: the value is the customer's id.
 */
export function CustomerSearch({
  label,
  value = "",
  onChange,
  onChoose,
  id,
  placeholder,
  onCreateNew,
  autoFocus,
  ...aria
}: CustomerSearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const { term, settled, query } = useCustomerSearch(text, RESULTS);
  const chosen = useCustomer(value || null);
  const chosenAssets = useCustomerAssets(value || null);
  const [refocus, setRefocus] = useState(false);

  // Hide results at once when the input is cleared, not only after the pause.
  const results = searchTermOf(text) !== null && term !== null && settled ? (query.data?.items ?? []) : [];
  const digits = term && "phone" in term ? term.phone : "";
  const statusId = id ? `${id}-status` : undefined;

  function choose(customerId: string) {
    const customer = results.find((result) => result.id === customerId);
    if (!customer) return;
    onChange?.(customer.id);
    onChoose?.(customer);
    setText("");
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

  if (value) {
    const customer = chosen.data;
    return (
      <Card size="small" role="group" aria-label={label} id={id}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <Flex vertical gap={2}>
            {customer ? (
              <CustomerHead customer={customer} />
            ) : (
              <Typography.Text type="secondary">
                {chosen.isError ? t("customerSearch.failed") : t("common.loading")}
              </Typography.Text>
            )}
            <CustomerDetails customer={customer} assets={chosenAssets.data?.items} />
          </Flex>
          <Button
            size="small"
            onClick={() => {
              onChange?.("");
              onChoose?.(null);
              // Back to typing: the input appears in place of this card.
              setRefocus(true);
            }}
          >
            {t("customerSearch.change")}
          </Button>
        </Flex>
      </Card>
    );
  }

  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap>
        <AutoComplete
          {...aria}
          id={id}
          aria-describedby={[aria["aria-describedby"], statusId].filter(Boolean).join(" ") || undefined}
          autoFocus={autoFocus || refocus}
          value={text}
          placeholder={placeholder}
          style={{ flex: "1 1 260px", minWidth: 0 }}
          // Options are whole cards (name, phone, sites, assets); a virtual list would cut them to one height.
          virtual={false}
          defaultActiveFirstOption
          popupMatchSelectWidth={false}
          options={results.map((customer) => ({
            value: customer.id,
            label: <CustomerOption summary={customer} digits={digits} />,
          }))}
          onSearch={setText}
          onSelect={(customerId: string) => choose(customerId)}
          // The chosen option's value is an id: the typed text stays what the person typed.
          onChange={() => {}}
        />
        {onCreateNew && (
          <Button icon={<UserAddOutlined aria-hidden />} onClick={() => onCreateNew(text)}>
            {t("customerSearch.create")}
          </Button>
        )}
      </Flex>
      <Typography.Text id={statusId} type="secondary" role="status" style={{ minHeight: 22 }}>
        {status}
      </Typography.Text>
    </Flex>
  );
}
