import { Alert, Button, Card, Flex, Form, Input, Typography } from "antd";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "@/components/CopyButton";
import type { NewIntegrationClient } from "../api/integration-clients";

/**
 * The credentials of a client just created. The server never returns the secret again, so this panel is
 * the only place it appears; it lives in the page's state only and is gone once dismissed or left.
 */
export function NewClientCredentials({ created, onDone }: { created: NewIntegrationClient; onDone: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  // The form that produced this closes, so the focus moves here rather than back to the top of the page.
  useEffect(() => titleRef.current?.focus(), [created]);

  const value = (key: string, label: string, text: string) => (
    <Form.Item label={label} htmlFor={`${titleId}-${key}`} style={{ marginBottom: 12 }}>
      <Flex gap={8} align="center" wrap>
        <Input
          id={`${titleId}-${key}`}
          readOnly
          value={text}
          style={{ fontFamily: "monospace", flex: "1 1 320px" }}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={text} what={label} />
      </Flex>
    </Form.Item>
  );

  return (
    <Card
      role="region"
      aria-labelledby={titleId}
      style={{ marginBottom: 16 }}
      title={
        <h2 id={titleId} ref={titleRef} tabIndex={-1} style={{ margin: 0, fontSize: 16 }}>
          {t("integrations.created.title", { name: created.client.name })}
        </h2>
      }
    >
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t("integrations.created.warning")}
        description={t("integrations.created.warningDetail")}
        style={{ marginBottom: 16 }}
      />
      <Form layout="vertical" component="div">
        {value("client-id", t("integrations.fields.clientId"), created.client.clientId)}
        {value("secret", t("integrations.fields.clientSecret"), created.clientSecret)}
        {value("token-url", t("integrations.fields.tokenUrl"), created.tokenUrl)}
      </Form>
      <Typography.Paragraph type="secondary">{t("integrations.created.usage")}</Typography.Paragraph>
      <Button type="primary" onClick={onDone}>
        {t("integrations.created.done")}
      </Button>
    </Card>
  );
}
