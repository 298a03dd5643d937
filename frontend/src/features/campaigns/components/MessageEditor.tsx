import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Form, Input, Typography, type FormInstance } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { CampaignChannel } from "../api/campaigns";
import type { CampaignForm } from "../model/campaign-form";
import {
  PLACEHOLDERS,
  insertAt,
  renderMessage,
  smsLength,
  tokenOf,
  type MessageLanguage,
  type Placeholder,
} from "../model/message";

interface MessageEditorProps {
  form: FormInstance<CampaignForm>;
  language: MessageLanguage;
  channel: CampaignChannel;
  /** The built-in text sent when the field is left empty. */
  builtIn: string;
  /** What the placeholders stand for in the preview. */
  sample: Record<Placeholder, string>;
}

const MAX_LENGTH = 500;

interface MessageInputProps {
  /** The language's name, for the placeholder buttons' names. */
  languageName: string;
  /** The preview's element, which describes the text too. */
  previewId: string;
  /** Set by the antd Form.Item around it. */
  id?: string;
  value?: string;
  onChange?: (text: string) => void;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
}

/** The placeholders as buttons that insert at the cursor, above the message's text. */
function MessageInput({ languageName, previewId, id, value = "", onChange, ...aria }: MessageInputProps) {
  const { t } = useTranslation();
  const area = useRef<TextAreaRef>(null);
  // Where the cursor was when the text area was last left; without one a placeholder goes at the end.
  const selection = useRef<{ start: number; end: number } | null>(null);

  function remember() {
    const element = area.current?.resizableTextArea?.textArea;
    if (element) selection.current = { start: element.selectionStart, end: element.selectionEnd };
  }

  function insert(placeholder: Placeholder) {
    // The text area keeps the focus while a button is pressed: its cursor is the one to insert at.
    if (area.current?.resizableTextArea?.textArea === document.activeElement) remember();
    const next = insertAt(value, tokenOf(placeholder), selection.current);
    onChange?.(next.text);
    selection.current = { start: next.cursor, end: next.cursor };
    // Back in the text, after the placeholder, once the new text is in place.
    window.setTimeout(() => {
      const element = area.current?.resizableTextArea?.textArea;
      if (!element) return;
      element.focus();
      element.setSelectionRange(next.cursor, next.cursor);
    });
  }

  return (
    <Flex vertical gap={8}>
      <Flex gap={6} wrap align="center">
        <Typography.Text type="secondary">{t("campaigns.form.message.insert")}</Typography.Text>
        {PLACEHOLDERS.map((placeholder) => (
          <Button
            key={placeholder}
            size="small"
            icon={<PlusOutlined aria-hidden />}
            aria-label={t("campaigns.form.message.insertInto", {
              placeholder: t(`campaigns.form.message.placeholders.${placeholder}`),
              language: languageName,
            })}
            // Keep the text area's cursor: the click must not move the focus before it is read.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => insert(placeholder)}
          >
            {t(`campaigns.form.message.placeholders.${placeholder}`)} <code>{tokenOf(placeholder)}</code>
          </Button>
        ))}
      </Flex>
      <Input.TextArea
        ref={area}
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={MAX_LENGTH}
        showCount
        onSelect={remember}
        onKeyUp={remember}
        onBlur={remember}
        aria-invalid={aria["aria-invalid"]}
        aria-describedby={[aria["aria-describedby"], previewId].filter(Boolean).join(" ")}
      />
    </Flex>
  );
}

/**
 * One language's message: the placeholders as buttons that insert at the cursor, the text, and the message as
 * the customer will read it with its length (an SMS over 70 Chinese characters goes out as several).
 */
export function MessageEditor({ form, language, channel, builtIn, sample }: MessageEditorProps) {
  const { t } = useTranslation();
  const field = language === "zh" ? "messageZh" : "messageEn";
  const text: string = Form.useWatch(field, form) ?? "";
  const previewId = useId();
  const languageName = t(`campaigns.form.message.language.${language}`);
  const shown = renderMessage(text.trim() === "" ? builtIn : text, sample);
  const length = smsLength(shown);

  return (
    <div role="group" aria-label={languageName} style={{ marginBottom: 16 }}>
      <Form.Item
        name={field}
        label={t(`campaigns.fields.${field}`)}
        extra={t("campaigns.form.message.emptyBuiltIn")}
        style={{ marginBottom: 8 }}
      >
        <MessageInput languageName={languageName} previewId={previewId} />
      </Form.Item>
      <div id={previewId}>
        <Typography.Text strong>{t("campaigns.form.message.preview")}</Typography.Text>
        <Card size="small" style={{ margin: "4px 0 8px" }}>
          <Typography.Text style={{ whiteSpace: "pre-wrap" }} lang={language === "zh" ? "zh-CN" : "en"}>
            {shown}
          </Typography.Text>
        </Card>
        {channel === "SMS" && length.parts > 1 ? (
          <Alert
            type="warning"
            showIcon
            title={t("campaigns.form.message.smsParts", {
              length: length.characters,
              parts: length.parts,
              perMessage: length.perMessage,
            })}
          />
        ) : (
          <Typography.Text type="secondary">
            {channel === "SMS"
              ? t("campaigns.form.message.oneSms", { length: length.characters, perMessage: length.perMessage })
              : t("campaigns.form.message.characters", { length: length.characters })}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
