import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";

interface CustomerFieldProps {
  value: string;
  onChange: (customerId: string) => void;
  error?: string | undefined;
}

/**
 * Chooses the order's customer. Until the customer directory is in the API this takes the customer's id;
 * it is the one place to swap for a search by name or phone.
 */
export function CustomerField({ value, onChange, error }: CustomerFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t("workOrders.fields.customerId")} error={error} hint={t("workOrders.create.customerHint")}>
      {(props) => (
        <input
          {...props}
          name="customerId"
          className="input input--wide mono"
          autoComplete="off"
          spellCheck={false}
          placeholder="0193a5c8-…"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
