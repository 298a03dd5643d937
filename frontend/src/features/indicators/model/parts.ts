import type { TFunction } from "i18next";
import type { Schema } from "@/lib/api/schema-types";
import { PROMISE_KINDS } from "@/lib/promises";

const CHANNELS = [
  "PHONE",
  "LETTER",
  "VISIT",
  "WEB",
  "API",
] as const satisfies readonly Schema<"ServiceRequestChannel">[];
const CATEGORIES = [
  "INSTALLATION",
  "FAULT",
  "CONSULTATION",
  "PRICE_INQUIRY",
  "COMPLAINT",
] as const satisfies readonly Schema<"ServiceRequestCategory">[];
const CAUSES = ["INSTALLER", "PRODUCT", "CUSTOMER"] as const satisfies readonly Schema<"ReworkCause">[];
const LEDGER_KINDS = [
  "FINE",
  "COST_CHARGE",
  "WARNING",
  "DEMERIT",
  "MAJOR_DEMERIT",
  "REWARD",
] as const satisfies readonly Schema<"DisciplineKind">[];

function among<Value extends string>(values: readonly Value[], key: string): Value | undefined {
  return values.find((value) => value === key);
}

/** The name of a part of a breakdown in the UI's language (the enum key itself only for a value this UI does not know yet). */
export function partName(t: TFunction, dimension: string, key: string): string {
  switch (dimension) {
    case "channel": {
      const channel = among(CHANNELS, key);
      return channel ? t(`serviceRequests.channel.${channel}`) : key;
    }
    case "category": {
      const category = among(CATEGORIES, key);
      return category ? t(`serviceRequests.category.${category}`) : key;
    }
    case "promiseKind": {
      const kind = among(PROMISE_KINDS, key);
      return kind ? t(`promise.kind.${kind}`) : key;
    }
    case "cause": {
      if (key === "UNATTRIBUTED") return t("indicators.cause.UNATTRIBUTED");
      const cause = among(CAUSES, key);
      return cause ? t(`workOrders.rework.causes.${cause}`) : key;
    }
    case "kind": {
      const kind = among(LEDGER_KINDS, key);
      return kind ? t(`discipline.kind.${kind}`) : key;
    }
    default:
      return key;
  }
}
