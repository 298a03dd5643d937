import { Checkbox, Flex, Form, Input, InputNumber, Radio, Space, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FilePicker } from "@/components/FilePicker";
import { uploadAttachment } from "@/lib/attachments";
import { useApiClient } from "@/lib/api/client";
import { useDesignCopies, type DesignDocument } from "../api/connection-applications";
import { emptyDesignForm, toDesignSubmission, type DesignForm } from "../model/connection";
import { type DialogProps, type Values, useStepForm, Footer, requiredText } from "./step-form";

export function DesignSubmissionForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const api = useApiClient();
  const copies = useDesignCopies();
  const [scans, setScans] = useState<Partial<Record<DesignDocument, { name: string; id?: string; failed?: boolean }>>>(
    {},
  );
  const initial = emptyDesignForm(application.requiredDocuments, copies.data ?? 2);
  const { form, onFinish, submitting, problem } = useStepForm<{ copies: number; included: DesignDocument[] }>(
    application,
    "SUBMIT_DESIGN",
    (values) => {
      const design: DesignForm = {
        copies: values.copies,
        included: values.included ?? [],
        scans: Object.fromEntries(
          Object.entries(scans).flatMap(([document, scan]) => (scan?.id ? [[document, scan.id]] : [])),
        ),
      };
      return { action: "SUBMIT_DESIGN", body: toDesignSubmission(design, application.version) };
    },
    onClose,
    (values) =>
      (values.included ?? []).length === 0
        ? { included: t("connections.design.noneChecked") }
        : ({} as Record<string, string>),
    (path) => (path.startsWith("documents") ? ["included"] : null),
  );

  async function upload(document: DesignDocument, file: File) {
    setScans((current) => ({ ...current, [document]: { name: file.name } }));
    try {
      const attachment = await uploadAttachment(api, {
        ownerType: "CONNECTION_APPLICATION",
        ownerId: application.id,
        kind: "DOCUMENT",
        file,
      });
      setScans((current) => ({ ...current, [document]: { name: file.name, id: attachment.id } }));
    } catch {
      setScans((current) => ({ ...current, [document]: { name: file.name, failed: true } }));
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.SUBMIT_DESIGN")}
      initialValues={{ copies: initial.copies, included: initial.included }}
      // The tenant's number of copies arrives after the dialog opens.
      key={copies.data ?? "copies"}
    >
      <Form.Item name="copies" label={t("connections.fields.copies")} required>
        <InputNumber<number> min={1} max={10} precision={0} suffix={t("units.copies")} />
      </Form.Item>
      <Form.Item
        name="included"
        label={t("connections.design.checklist")}
        extra={t("connections.design.checklistHint")}
      >
        <Checkbox.Group style={{ width: "100%" }}>
          <Flex vertical gap={8} style={{ width: "100%" }}>
            {application.requiredDocuments.map((document) => {
              const scan = scans[document];
              return (
                <Flex key={document} gap={8} wrap align="center" justify="space-between">
                  <Checkbox value={document}>{t(`connections.document.${document}`)}</Checkbox>
                  <Space size={4}>
                    {scan && (
                      <Tag color={scan.failed ? "error" : scan.id ? "success" : "processing"}>
                        {scan.failed
                          ? t("attachments.state.failed")
                          : scan.id
                            ? scan.name
                            : t("attachments.state.uploading")}
                      </Tag>
                    )}
                    <FilePicker
                      label={t("connections.design.scanOf", { document: t(`connections.document.${document}`) })}
                      accept="image/*,application/pdf"
                      onFiles={(files) => void upload(document, files[0]!)}
                    />
                  </Space>
                </Flex>
              );
            })}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.SUBMIT_DESIGN")}
        onClose={onClose}
      />
    </Form>
  );
}

export function ReviewForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const missing = requiredText(t);
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    "REVIEW_DESIGN",
    (values) => ({
      action: "REVIEW_DESIGN",
      body: {
        version: application.version,
        result: values.result === "CHANGES_REQUIRED" ? "CHANGES_REQUIRED" : "APPROVED",
        opinion: String(values.opinion ?? "").trim(),
      },
    }),
    onClose,
    (values) => missing(values, ["opinion"]),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      initialValues={{ result: "APPROVED" }}
      aria-label={t("connections.actions.REVIEW_DESIGN")}
    >
      <Form.Item name="result" label={t("connections.fields.reviewResult")} required>
        <Radio.Group
          options={(["APPROVED", "CHANGES_REQUIRED"] as const).map((value) => ({
            value,
            label: t(`connections.reviewResult.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="opinion" label={t("connections.fields.opinion")} required>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.REVIEW_DESIGN")}
        onClose={onClose}
      />
    </Form>
  );
}
