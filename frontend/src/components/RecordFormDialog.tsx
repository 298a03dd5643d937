import { Modal } from "antd";
import type { ReactNode } from "react";

interface RecordFormDialogProps<Record extends { id: string; version: number }> {
  /** The record being changed, "new" while one is created, null while the dialog is closed. */
  editing: Record | "new" | null;
  onClose: () => void;
  newTitle: string;
  editTitle: (record: Record) => string;
  width?: number;
  /** The one form that creates (no record) or changes the record. */
  children: (record: Record | undefined) => ReactNode;
}

/** The dialog of a create-and-edit form; the form starts afresh for each record and each version read. */
export function RecordFormDialog<Record extends { id: string; version: number }>({
  editing,
  onClose,
  newTitle,
  editTitle,
  width,
  children,
}: RecordFormDialogProps<Record>) {
  return (
    <Modal
      open={editing !== null}
      width={width}
      title={editing === "new" ? newTitle : editing ? editTitle(editing) : ""}
      footer={null}
      destroyOnHidden
      onCancel={onClose}
    >
      {editing !== null && (
        <div key={editing === "new" ? "new" : `${editing.id}-${editing.version}`}>
          {children(editing === "new" ? undefined : editing)}
        </div>
      )}
    </Modal>
  );
}
