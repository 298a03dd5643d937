import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Popconfirm, Space, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./ProblemAlert";
import { RecordFormDialog } from "./RecordFormDialog";

interface EditableSubListProps<Item extends { id: string; version: number }> {
  /** The section's heading and its region's name ("Contacts"). */
  title: string;
  items: readonly Item[];
  columns: ColumnsType<Item>;
  /** What the empty list says. */
  empty: string;
  /** The add button and the title of the add dialog. */
  addText: string;
  /** The edit button's accessible name and the edit dialog's title. */
  editText: (item: Item) => string;
  removeText: (item: Item) => string;
  confirmRemove: (item: Item) => string;
  /** Removes the item; rejects with the refusal. */
  onRemove: (item: Item) => Promise<unknown>;
  removedText?: (item: Item) => string;
  /** The one form that adds (no item) or changes an item; it calls `close` when saved. */
  form: (item: Item | undefined, close: () => void) => ReactNode;
  /** Whether the person may add, change and remove items; false shows the list only. */
  canEdit?: boolean;
}

/**
 * The items a record owns and edits in place (a customer's contacts, its sites): a small table, one dialog form
 * that adds and changes, and a confirmed remove.
 */
export function EditableSubList<Item extends { id: string; version: number }>({
  title,
  items,
  columns,
  empty,
  addText,
  editText,
  removeText,
  confirmRemove,
  onRemove,
  removedText,
  form,
  canEdit = true,
}: EditableSubListProps<Item>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const headingId = useId();
  const [editing, setEditing] = useState<Item | "new" | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const close = () => setEditing(null);

  const actions: ColumnsType<Item> = canEdit
    ? [
        {
          title: t("common.actions"),
          key: "actions",
          render: (_, item) => (
            <Space size="small" wrap>
              <Button size="small" icon={<EditOutlined />} aria-label={editText(item)} onClick={() => setEditing(item)}>
                {t("common.edit")}
              </Button>
              <Popconfirm
                title={confirmRemove(item)}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  onRemove(item).then(
                    () => {
                      setRemoveError(null);
                      if (removedText) void message.success(removedText(item));
                    },
                    (error: unknown) => setRemoveError(error),
                  )
                }
              >
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={removeText(item)}>
                  {t("common.remove")}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]
    : [];

  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={<span id={headingId}>{title}</span>}
        extra={
          canEdit && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
              {addText}
            </Button>
          )
        }
      >
        <Table<Item>
          aria-label={title}
          size="small"
          rowKey="id"
          columns={[...columns, ...actions]}
          dataSource={items as Item[]}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: empty }}
        />
        {removeError != null && <ProblemAlert error={removeError} />}
      </Card>
      <RecordFormDialog<Item> editing={editing} onClose={close} newTitle={addText} editTitle={editText}>
        {(item) => form(item, close)}
      </RecordFormDialog>
    </section>
  );
}
