import { DeleteOutlined, EditOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./ProblemAlert";

interface ConfirmDeleteButtonProps {
  /** The question asked before deleting ("Delete asset T100-1?"). */
  confirm: string;
  /** The button's accessible name, naming the record ("Delete asset T100-1"). */
  label: string;
  /** Deletes; rejects with the refusal, which is shown under the button. */
  onDelete: () => Promise<unknown>;
  /** What happened, as a success message. */
  deleted: string;
}

/** The small danger button of a table row: asks first, says what happened, and explains a refusal. */
export function ConfirmDeleteButton({ confirm, label, onDelete, deleted }: ConfirmDeleteButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Popconfirm
        title={confirm}
        okButtonProps={{ danger: true }}
        onConfirm={() => {
          setPending(true);
          return onDelete()
            .then(
              () => {
                setError(null);
                void message.success(deleted);
              },
              (refusal: unknown) => setError(refusal),
            )
            .finally(() => setPending(false));
        }}
      >
        <Button size="small" danger icon={<DeleteOutlined />} loading={pending} aria-label={label}>
          {t("common.remove")}
        </Button>
      </Popconfirm>
      {error != null && <ProblemAlert error={error} />}
    </>
  );
}

interface RowActionsProps extends ConfirmDeleteButtonProps {
  /** The edit button's accessible name, naming the record ("Edit asset T100-1"). */
  editLabel: string;
  onEdit: () => void;
}

/** A table row's edit and (confirmed) delete buttons, in that order. */
export function EditDeleteActions({ editLabel, onEdit, ...remove }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <Space size="small" wrap>
      <Button size="small" icon={<EditOutlined />} aria-label={editLabel} onClick={onEdit}>
        {t("common.edit")}
      </Button>
      <ConfirmDeleteButton {...remove} />
    </Space>
  );
}
