import { Alert, App, Button, Card, Col, Flex, Form, Input, Popconfirm, Row, Tag, Typography } from "antd";
import type { InputRef } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { readableFieldErrors } from "@/lib/api/problem-text";
import { useTenantFormat } from "@/lib/current-user";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import {
  useMessagePreview,
  useSaveMessageText,
  type MessageKind,
  type MessageLanguage,
  type MessageText,
} from "../api/message-texts";
import { insertPlaceholder } from "../model/message-texts";
import { useMessageNames } from "./use-message-names";

const FIELDS = new Set(["subject", "body"]);

/** Both languages of one message kind side by side. */
export function MessageTextEditor({ kind }: { kind: MessageKind }) {
  return (
    <Row gutter={[16, 16]}>
      {kind.texts.map((text) => (
        <Col key={text.language} xs={24} lg={12}>
          {/* A saved or reset text starts the editor afresh from what is on record now. */}
          <LanguageEditor key={`${text.custom}-${text.updatedAt ?? ""}`} kind={kind} text={text} />
        </Col>
      ))}
    </Row>
  );
}

function LanguageEditor({ kind, text }: { kind: MessageKind; text: MessageText }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const names = useMessageNames();
  const format = useTenantFormat();
  const language: MessageLanguage = text.language;
  const [subject, setSubject] = useState(text.subject);
  const [body, setBody] = useState(text.body);
  const subjectRef = useRef<InputRef>(null);
  const bodyRef = useRef<TextAreaRef>(null);
  const lastField = useRef<"subject" | "body">("body");
  const save = useSaveMessageText(kind.template, language);
  const settled = useDebouncedValue({ subject, body }, 400);
  const preview = useMessagePreview(kind.template, language, settled.subject, settled.body);
  const server = readableFieldErrors(save.error, i18n);
  const changed = subject !== text.subject || body !== text.body;
  const headingId = `message-${kind.template}-${language}`;

  function insert(index: number) {
    const element =
      lastField.current === "subject" ? subjectRef.current?.input : bodyRef.current?.resizableTextArea?.textArea;
    const current = lastField.current === "subject" ? subject : body;
    const result = insertPlaceholder(current, index, element?.selectionStart, element?.selectionEnd);
    if (lastField.current === "subject") setSubject(result.text);
    else setBody(result.text);
    // Back to where the person was typing, just after the placeholder.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(result.cursor, result.cursor);
    });
  }

  return (
    <Card
      size="small"
      role="region"
      aria-labelledby={headingId}
      title={
        <Flex gap={8} align="center" wrap>
          <h3 id={headingId} style={{ margin: 0, fontSize: 15 }}>
            {t(`language.${language}`)}
          </h3>
          <Tag color={text.custom ? "blue" : "default"}>
            {text.custom ? t("messageTexts.custom") : t("messageTexts.builtIn")}
          </Tag>
        </Flex>
      }
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={t("messageTexts.subject")}
          htmlFor={`${headingId}-subject`}
          validateStatus={server.subject ? "error" : undefined}
          help={server.subject}
        >
          <Input
            id={`${headingId}-subject`}
            ref={subjectRef}
            value={subject}
            onFocus={() => (lastField.current = "subject")}
            onChange={(event) => setSubject(event.target.value)}
          />
        </Form.Item>
        <Form.Item
          label={t("messageTexts.body")}
          htmlFor={`${headingId}-body`}
          validateStatus={server.body ? "error" : undefined}
          help={server.body}
        >
          <Input.TextArea
            id={`${headingId}-body`}
            ref={bodyRef}
            rows={4}
            value={body}
            onFocus={() => (lastField.current = "body")}
            onChange={(event) => setBody(event.target.value)}
          />
        </Form.Item>
      </Form>
      <Flex gap={8} wrap role="group" aria-label={t("messageTexts.insert")} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t("messageTexts.insert")}</Typography.Text>
        {kind.arguments.map((name, index) => (
          <Button
            key={name}
            size="small"
            // Keeps the cursor where it was in the field.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => insert(index)}
          >
            {`{${index}} = ${names.argument(name)}`}
          </Button>
        ))}
      </Flex>

      <Card size="small" type="inner" title={t("messageTexts.preview")} style={{ marginBottom: 12 }}>
        {preview.isError ? (
          <ProblemAlert error={preview.error} />
        ) : preview.data ? (
          <Flex vertical gap={4} aria-live="polite">
            {preview.data.subject && <Typography.Text strong>{preview.data.subject}</Typography.Text>}
            <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{preview.data.body}</Typography.Text>
            <Typography.Text type="secondary">
              {t("messageTexts.smsParts", { count: preview.data.smsParts })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t("messageTexts.previewLoading")}</Typography.Text>
        )}
      </Card>

      <Card size="small" type="inner" title={t("messageTexts.builtInText")} style={{ marginBottom: 12 }}>
        <Flex vertical gap={4}>
          <Typography.Text strong>{text.defaultSubject}</Typography.Text>
          <Typography.Text type="secondary" style={{ whiteSpace: "pre-wrap" }}>
            {text.defaultBody}
          </Typography.Text>
        </Flex>
      </Card>

      {text.custom && text.updatedAt && (
        <Typography.Paragraph type="secondary">
          {t("messageTexts.changedBy", {
            date: format.dateTime(text.updatedAt),
            name: text.updatedBy ?? t("messageTexts.someone"),
          })}
        </Typography.Paragraph>
      )}
      {save.isError && <ProblemAlert error={save.error} displayedFields={FIELDS} />}
      {save.isSuccess && !changed && <Alert type="success" showIcon title={t("messageTexts.saved")} />}
      <Flex gap={8} wrap style={{ marginTop: 12 }}>
        <Button
          type="primary"
          loading={save.isPending}
          disabled={!changed || save.isPending}
          onClick={() =>
            save.mutate(
              { action: "save", subject, body },
              { onSuccess: () => void message.success(t("messageTexts.saved")) },
            )
          }
        >
          {t("common.save")}
        </Button>
        {text.custom && (
          <Popconfirm
            title={t("messageTexts.resetConfirm", {
              kind: names.kind(kind.template),
              language: t(`language.${language}`),
            })}
            okText={t("messageTexts.reset")}
            cancelText={t("common.cancel")}
            onConfirm={() =>
              save.mutateAsync({ action: "reset" }).then(
                () => void message.success(t("messageTexts.resetDone")),
                () => undefined,
              )
            }
          >
            <Button danger disabled={save.isPending}>
              {t("messageTexts.reset")}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Card>
  );
}
