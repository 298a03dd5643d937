import { BookOutlined, CalendarOutlined, FileImageOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space } from "antd";
import { useTranslation } from "react-i18next";
import { RefusalAlert } from "@/components/ProblemAlert";
import { useUpdateInstaller, type Installer } from "../api/installers";

export type InstallerPanel = "certificate" | "scans" | "leave" | "trainings";

/** What one can do with an installer: add a certificate, see scans and leave; the manager also (de)activates. */
export function InstallerActions({
  installer,
  canManage,
  onOpen,
}: {
  installer: Installer;
  canManage: boolean;
  onOpen: (panel: InstallerPanel) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateInstaller();
  const active = installer.status === "ACTIVE";
  const name = installer.displayName;

  function setStatus() {
    return update
      .mutateAsync({
        installerId: installer.id,
        body: { version: installer.version, status: active ? "INACTIVE" : "ACTIVE" },
      })
      .then(
        () => void message.success(t(active ? "installers.deactivated" : "installers.activated", { name })),
        () => undefined,
      );
  }

  const statusButton = (
    <Button
      size="small"
      danger={active}
      loading={update.isPending}
      aria-label={t(active ? "installers.actions.deactivateOf" : "installers.actions.activateOf", { name })}
      onClick={active ? undefined : () => void setStatus()}
    >
      {active ? t("installers.actions.deactivate") : t("installers.actions.activate")}
    </Button>
  );

  return (
    <Space orientation="vertical" size={4}>
      <Space size="small" wrap>
        {canManage && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            aria-label={t("installers.certificates.addFor", { name })}
            onClick={() => onOpen("certificate")}
          >
            {t("installers.certificates.add")}
          </Button>
        )}
        {installer.certifications.length > 0 && (
          <Button
            size="small"
            icon={<FileImageOutlined />}
            aria-label={t("installers.scans.showFor", { name })}
            onClick={() => onOpen("scans")}
          >
            {t("installers.scans.show")}
          </Button>
        )}
        <Button
          size="small"
          icon={<BookOutlined />}
          aria-label={t("installers.trainings.showFor", { name })}
          onClick={() => onOpen("trainings")}
        >
          {t("installers.trainings.show")}
        </Button>
        <Button
          size="small"
          icon={<CalendarOutlined />}
          aria-label={t("installers.leave.showFor", { name })}
          onClick={() => onOpen("leave")}
        >
          {t("installers.leave.show")}
        </Button>
        {canManage &&
          (active ? (
            <Popconfirm
              title={t("installers.confirmDeactivate", { name })}
              okButtonProps={{ danger: true }}
              onConfirm={setStatus}
            >
              {statusButton}
            </Popconfirm>
          ) : (
            statusButton
          ))}
      </Space>
      <RefusalAlert error={update.error} changedText={t("errors.stale")} onReload={() => update.reset()} />
    </Space>
  );
}
