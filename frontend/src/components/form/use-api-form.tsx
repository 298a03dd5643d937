import { App, Form, type FormInstance } from "antd";
import type { NamePath } from "antd/es/form/interface";
import { useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "@/lib/api/client";
import { ApiError, isRetryable, normalizeFieldPath } from "@/lib/api/problem";
import { readableServerMessage } from "@/lib/api/problem-text";
import { ProblemAlert } from "../ProblemAlert";

/** "lines[2].amount" → ["lines", 2, "amount"], the antd name of the field a server path points at. */
export function namePathOf(path: string): (string | number)[] {
  return normalizeFieldPath(path)
    .split(/\.|\[|\]/)
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const keyOf = (name: NamePath) => JSON.stringify(Array.isArray(name) ? name : [name]);

/** Client-side checks before sending: messages by field path; an empty object lets the request go. */
export type FormCheck<Values> = (values: Values) => Record<string, string>;

export interface ApiFormOptions<Values, Result> {
  /** Sends the request; creating calls pass the key as Idempotency-Key. Rejects with the ApiError. */
  submit: (values: Values, idempotencyKey: string) => Promise<Result>;
  /** Where the person goes next. */
  onSuccess?: (result: Result, values: Values) => void;
  /** What happened, shown as a success message. */
  success?: string | ((result: Result) => string);
  /** Checks the server would also make, answered at once. */
  check?: FormCheck<Values>;
  /** Server paths whose field has another name in the form ("preferredSlot.start" → "slot"). */
  fieldOf?: (serverPath: string) => NamePath | null;
  /** Field labels by path, for server errors listed in the banner when no control shows them. */
  fieldLabels?: Readonly<Record<string, string>>;
  form?: FormInstance<Values>;
}

export interface ApiForm<Values> {
  form: FormInstance<Values>;
  /** The antd Form's onFinish. */
  onFinish: (values: Values) => Promise<void>;
  submitting: boolean;
  error: unknown;
  /** The refusal, with field errors no control shows; null while there is none. */
  problem: ReactNode;
  /** Forget the last refusal (e.g. when the dialog closes). */
  reset: () => void;
}

/**
 * The one form model of the product (UI.md): problem+json `errors[].field` land on their fields, the rest in
 * a banner; the Idempotency-Key stays for a retry of a failed network call or 5xx and rotates after success or
 * a definite refusal; a second submit while one is in flight is ignored; success says what happened.
 */
export function useApiForm<Values, Result = unknown>(options: ApiFormOptions<Values, Result>): ApiForm<Values> {
  const { i18n } = useTranslation();
  const { message } = App.useApp();
  const [ownForm] = Form.useForm<Values>();
  const form = options.form ?? ownForm;
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [placed, setPlaced] = useState<ReadonlySet<string>>(new Set());

  function place(errors: { path: string; message: string }[]): Set<string> {
    // The form's fields in their order on the page.
    const order = form.getFieldsError().map(({ name }) => keyOf(name));
    const registered = new Set(order);
    const byField = new Map<string, { name: NamePath; messages: string[] }>();
    const shown = new Set<string>();
    for (const { path, message: text } of errors) {
      const name = options.fieldOf?.(path) ?? namePathOf(path);
      if (!registered.has(keyOf(name))) continue;
      const entry = byField.get(keyOf(name)) ?? { name, messages: [] };
      entry.messages.push(text);
      byField.set(keyOf(name), entry);
      shown.add(normalizeFieldPath(path));
    }
    form.setFields([...byField.values()].map(({ name, messages }) => ({ name, errors: messages })));
    // The person goes on at the first field to correct, in the order of the form.
    const first = [...byField.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))[0]?.[1];
    if (first) form.scrollToField(first.name, { focus: true, block: "center" });
    return shown;
  }

  async function onFinish(values: Values) {
    if (inFlight.current) return;
    const found = options.check?.(values) ?? {};
    if (Object.keys(found).length > 0) {
      place(Object.entries(found).map(([path, text]) => ({ path, message: text })));
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setError(null);
    try {
      const result = await options.submit(values, key.current);
      key.current = newIdempotencyKey();
      // Without antd's App (the light public pages) there is no message API: those forms say it in place.
      if (options.success && message) {
        void message.success(typeof options.success === "function" ? options.success(result) : options.success);
      }
      options.onSuccess?.(result, values);
    } catch (refusal) {
      if (!isRetryable(refusal)) key.current = newIdempotencyKey();
      const problem = refusal instanceof ApiError ? refusal.problem : null;
      const fieldErrors = (problem?.errors ?? [])
        .filter((entry) => !!entry.field)
        .map((entry) => ({ path: entry.field!, message: readableServerMessage(entry.message, i18n) }));
      setPlaced(place(fieldErrors));
      setError(refusal);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return {
    form,
    onFinish,
    submitting,
    error,
    problem: error ? <ProblemAlert error={error} displayedFields={placed} fieldLabels={options.fieldLabels} /> : null,
    reset: () => {
      setError(null);
      setPlaced(new Set());
    },
  };
}
