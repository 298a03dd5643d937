import { LoginOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Form, Input, Segmented, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { adoptTenantLanguage } from "@/i18n";
import { isProblemType } from "@/lib/api/problem";
import { problemText, readableFieldErrors } from "@/lib/api/problem-text";
import { isEmail, isPhone } from "@/lib/validation";
import { useBookingOptions } from "../api/booking";
import { useSendSignUpCode, useSignUp, type SignUpContact } from "../api/sign-up";
import { MY_PRODUCTS_PATH } from "../model/paths";

/** How long before another code may be asked for (the server sends none sooner). */
const RESEND_AFTER_SECONDS = 60;
const CODE = /^\d{6}$/;
const MIN_PASSWORD = 8;

interface CodeForm {
  code: string;
  password: string;
  confirm: string;
}

/**
 * A customer on record opens an account: a code by SMS to their phone, then the code and a password; the answer is
 * the login they sign in with. The page never tells whether a phone is on record.
 */
export function SignUpRoute() {
  const { t } = useTranslation();
  const { tenantSlug = "" } = useParams();
  // The tenant's name and language; the sign-up itself does not depend on them.
  const options = useBookingOptions(tenantSlug);
  const locale = options.data?.locale;
  const [contact, setContact] = useState<SignUpContact | null>(null);
  const [login, setLogin] = useState<string | null>(null);

  useEffect(() => adoptTenantLanguage(locale), [locale]);

  return (
    <>
      <PageHeader
        title={t("booking.signUp.title")}
        description={options.data ? options.data.tenantName : t("booking.signUp.description")}
      />
      {login ? (
        <SignedUp login={login} />
      ) : (
        <Flex vertical gap={16}>
          <PhoneStep tenantSlug={tenantSlug} sent={contact} onSent={setContact} />
          {contact && <CodeStep tenantSlug={tenantSlug} contact={contact} onSignedUp={setLogin} />}
        </Flex>
      )}
    </>
  );
}

function useCountdown(from: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const left = from === null ? 0 : Math.max(0, Math.ceil((from + RESEND_AFTER_SECONDS * 1000 - now) / 1000));
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [left]);
  return left;
}

/** The customer chooses where the code goes: by SMS to the phone on record, or to the e-mail on record. */
function PhoneStep({
  tenantSlug,
  sent,
  onSent,
}: {
  tenantSlug: string;
  sent: SignUpContact | null;
  onSent: (contact: SignUpContact) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ phone?: string; email?: string }>();
  const send = useSendSignUpCode(tenantSlug);
  const [channel, setChannel] = useState<"phone" | "email">("phone");
  const [sentAt, setSentAt] = useState<number | null>(null);
  const [validMinutes, setValidMinutes] = useState<number | null>(null);
  const wait = useCountdown(sentAt);

  function submit(values: { phone?: string; email?: string }) {
    const value = (values[channel] ?? "").trim();
    if (channel === "phone" ? !isPhone(value) : !isEmail(value)) {
      form.setFields([{ name: channel, errors: [t(channel === "phone" ? "validation.phone" : "validation.email")] }]);
      return;
    }
    const contact: SignUpContact = channel === "phone" ? { phone: value } : { email: value };
    send.mutate(contact, {
      onSuccess: ({ expiresInSeconds }) => {
        setSentAt(Date.now());
        setValidMinutes(Math.max(1, Math.round(expiresInSeconds / 60)));
        onSent(contact);
      },
    });
  }

  return (
    <Card
      size="small"
      role="region"
      aria-labelledby="sign-up-phone"
      title={<StepTitle id="sign-up-phone" text={t("booking.signUp.phoneStep")} />}
    >
      <Segmented
        block
        value={channel}
        disabled={send.isPending}
        onChange={(value) => setChannel(value === "email" ? "email" : "phone")}
        options={[
          { value: "phone", label: t("booking.signUp.byPhone") },
          { value: "email", label: t("booking.signUp.byEmail") },
        ]}
        aria-label={t("booking.signUp.channel")}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph type="secondary">
        {t(channel === "phone" ? "booking.signUp.phoneIntro" : "booking.signUp.emailIntro")}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        aria-label={t("booking.signUp.phoneStep")}
      >
        {channel === "phone" ? (
          <Form.Item name="phone" label={t("booking.signUp.phone")}>
            <Input type="tel" inputMode="tel" autoComplete="tel" size="large" />
          </Form.Item>
        ) : (
          <Form.Item name="email" label={t("booking.signUp.email")}>
            <Input type="email" inputMode="email" autoComplete="email" size="large" />
          </Form.Item>
        )}
        {send.isError && <ProblemAlert error={send.error} />}
        {sent && validMinutes !== null && (
          <Alert
            type="info"
            showIcon
            role="status"
            style={{ marginBottom: 16 }}
            title={t("phone" in sent ? "booking.signUp.codeSent" : "booking.signUp.codeSentEmail", {
              minutes: validMinutes,
            })}
          />
        )}
        <Button
          type={sent ? "default" : "primary"}
          htmlType="submit"
          size="large"
          block
          loading={send.isPending}
          disabled={send.isPending || wait > 0}
        >
          {wait > 0
            ? t("booking.signUp.resendIn", { seconds: wait })
            : sent
              ? t("booking.signUp.resend")
              : t("booking.signUp.send")}
        </Button>
      </Form>
    </Card>
  );
}

function CodeStep({
  tenantSlug,
  contact,
  onSignedUp,
}: {
  tenantSlug: string;
  contact: SignUpContact;
  onSignedUp: (login: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<CodeForm>();
  const signUp = useSignUp(tenantSlug);

  function submit(values: CodeForm) {
    const code = (values.code ?? "").trim();
    const password = values.password ?? "";
    const problems = [
      !CODE.test(code) && { name: "code" as const, errors: [t("booking.signUp.codeFormat")] },
      password.length < MIN_PASSWORD && { name: "password" as const, errors: [t("validation.passwordLength")] },
      password !== (values.confirm ?? "") && { name: "confirm" as const, errors: [t("booking.signUp.mismatch")] },
    ].filter((problem) => problem !== false);
    if (problems.length > 0) {
      form.setFields(problems);
      return;
    }
    signUp.mutate(
      { ...contact, code, password },
      {
        onSuccess: ({ login }) => onSignedUp(login),
        onError: (error) => {
          // A wrong or locked code belongs to the code field, in the page's words (the server's are in the details).
          if (isProblemType(error, "code-invalid") || isProblemType(error, "sign-up-locked")) {
            const { headline, hint, retry } = problemText(error, i18n);
            form.setFields([{ name: "code", errors: [[headline, hint, retry].filter(Boolean).join(" ")] }]);
            return;
          }
          const server = readableFieldErrors(error, i18n);
          const fields = (["code", "password"] as const).filter((name) => server[name]);
          form.setFields(fields.map((name) => ({ name, errors: [server[name]!] })));
        },
      },
    );
  }

  const fieldError = isProblemType(signUp.error, "code-invalid") || isProblemType(signUp.error, "sign-up-locked");
  const placed = new Set(["code", "password"]);

  return (
    <Card
      size="small"
      role="region"
      aria-labelledby="sign-up-code"
      title={<StepTitle id="sign-up-code" text={t("booking.signUp.codeStep")} />}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        aria-label={t("booking.signUp.codeStep")}
        onValuesChange={(changed: Partial<CodeForm>) =>
          form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof CodeForm, errors: [] })))
        }
      >
        <Form.Item name="code" label={t("booking.signUp.code")}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} size="large" />
        </Form.Item>
        <Form.Item name="password" label={t("booking.signUp.password")} extra={t("validation.passwordLength")}>
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Form.Item name="confirm" label={t("booking.signUp.confirm")}>
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        {signUp.isError && !fieldError && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={signUp.error} displayedFields={placed}>
              {isProblemType(signUp.error, "account-exists") && (
                <Button href={MY_PRODUCTS_PATH}>{t("booking.signUp.signIn")}</Button>
              )}
            </ProblemAlert>
          </div>
        )}
        <div className="next-action">
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={signUp.isPending}
            disabled={signUp.isPending}
          >
            {t("booking.signUp.submit")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

/** The login to use, and the way to the sign-in page; the app lands on the customer's products after it. */
function SignedUp({ login }: { login: string }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      role="region"
      aria-labelledby="sign-up-done"
      title={<StepTitle id="sign-up-done" text={t("booking.signUp.done")} />}
    >
      <Typography.Paragraph>{t("booking.signUp.loginIntro")}</Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text type="secondary">{t("booking.signUp.login")}</Typography.Text>{" "}
        <Typography.Text strong copyable={{ text: login }} style={{ fontSize: 18 }} data-testid="sign-up-login">
          {login}
        </Typography.Text>
      </Typography.Paragraph>
      <div className="next-action">
        {/* A full page load: the signed-in app starts its sign-in at Keycloak and comes back to this path. */}
        <Button type="primary" size="large" block icon={<LoginOutlined aria-hidden />} href={MY_PRODUCTS_PATH}>
          {t("booking.signUp.signIn")}
        </Button>
      </div>
    </Card>
  );
}

function StepTitle({ id, text }: { id: string; text: string }) {
  return (
    <h2 id={id} style={{ margin: 0, fontSize: 16 }}>
      {text}
    </h2>
  );
}
