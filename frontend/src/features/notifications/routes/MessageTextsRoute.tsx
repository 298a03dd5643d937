import { EditOutlined } from "@ant-design/icons";
import { Button, Drawer, Flex, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMessageKinds, type MessageKind } from "../api/message-texts";
import { MessageTextEditor } from "../components/MessageTextEditor";
import { useMessageNames } from "../components/use-message-names";
import { recipientOf } from "../model/message-texts";

const RECIPIENT_COLOURS = { customer: "green", installer: "orange", office: "purple", other: "default" } as const;

/** The words of each SMS and e-mail the company sends, in both languages, changed by managers or left built in. */
export function MessageTextsRoute() {
  const { t } = useTranslation();
  const names = useMessageNames();
  const kinds = useMessageKinds();
  const [editing, setEditing] = useState<string | null>(null);
  const shown: MessageKind | undefined = kinds.data?.items.find((kind) => kind.template === editing);

  return (
    <>
      <PageHeader title={t("messageTexts.title")} description={t("messageTexts.description")} />
      {kinds.isError && (
        <ProblemAlert error={kinds.error}>
          <Button onClick={() => void kinds.refetch()}>{t("app.retry")}</Button>
        </ProblemAlert>
      )}
      <Table<MessageKind>
        rowKey="template"
        loading={kinds.isPending}
        dataSource={kinds.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            key: "kind",
            title: t("messageTexts.kind"),
            render: (_, kind) => (
              <Flex vertical>
                <Typography.Text strong>{names.kind(kind.template)}</Typography.Text>
                <Typography.Text type="secondary">
                  {kind.arguments.map((name, index) => `{${index}} ${names.argument(name)}`).join(" · ")}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: "recipient",
            title: t("messageTexts.recipient"),
            render: (_, kind) => {
              const recipient = recipientOf(kind.template);
              return <Tag color={RECIPIENT_COLOURS[recipient]}>{t(`messageTexts.recipients.${recipient}`)}</Tag>;
            },
          },
          {
            key: "custom",
            title: t("messageTexts.wording"),
            render: (_, kind) => (
              <Flex gap={4} wrap>
                {kind.texts.map((text) => (
                  <Tag key={text.language} color={text.custom ? "blue" : "default"}>
                    {t(`language.${text.language}`)}:{" "}
                    {text.custom ? t("messageTexts.custom") : t("messageTexts.builtIn")}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          {
            key: "actions",
            title: t("messageTexts.actions"),
            render: (_, kind) => (
              <Button
                icon={<EditOutlined aria-hidden />}
                aria-label={t("messageTexts.editOf", { kind: names.kind(kind.template) })}
                onClick={() => setEditing(kind.template)}
              >
                {t("messageTexts.edit")}
              </Button>
            ),
          },
        ]}
        locale={{ emptyText: t("messageTexts.none") }}
      />
      <Drawer
        open={!!shown}
        size={1100}
        title={shown ? names.kind(shown.template) : undefined}
        onClose={() => setEditing(null)}
        destroyOnHidden
      >
        {shown && (
          <>
            <Typography.Paragraph type="secondary">
              {t("messageTexts.editorIntro", {
                recipient: t(`messageTexts.recipients.${recipientOf(shown.template)}`),
              })}
            </Typography.Paragraph>
            <MessageTextEditor kind={shown} />
          </>
        )}
      </Drawer>
    </>
  );
}
