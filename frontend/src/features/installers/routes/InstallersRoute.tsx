import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Checkbox, Drawer, Flex, Form, Modal, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "@/components/DataTable";
import { SearchFilter, SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { PhoneLink } from "@/components/PhoneLink";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useInstallers, useRemoveCertification, type Installer, type InstallerStatus } from "../api/installers";
import { CertificateScans } from "../components/CertificateScans";
import { CertificateTag } from "../components/CertificateTag";
import { CertificationForm } from "../components/CertificationForm";
import { CreateInstallerForm } from "../components/CreateInstallerForm";
import { InstallerTrainings } from "../components/InstallerTrainings";
import { InstallerActions, type InstallerPanel } from "../components/InstallerActions";
import { LeaveRequests } from "../components/LeaveRequests";
import { validityOf } from "../model/certificate-validity";

const STATUSES = ["ACTIVE", "INACTIVE"] as const satisfies readonly InstallerStatus[];

/** Installers with their certificates; managers edit, dispatchers read. */
export function InstallersRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const canManage = me.roles.includes("manager");
  const installers = useInstallers();
  const removeCertificate = useRemoveCertification();
  const { search, choose } = useUrlFilters();
  const [text, setText] = useState(search.get("q") ?? "");
  const status = STATUSES.find((value) => value === search.get("status"));
  const onlyWarnings = search.get("certificates") === "attention";
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<{ installer: Installer; panel: InstallerPanel } | null>(null);
  const items = installers.data?.items ?? [];
  const today = format.today();
  const needsAttention = (installer: Installer) =>
    installer.certifications.some((c) => ["expired", "expiring"].includes(validityOf(c, today).state));
  const attention = items.filter(needsAttention).length;
  const needle = text.trim().toLowerCase();
  // A tenant has tens of installers, all loaded: the filters narrow them here.
  const rows = items.filter(
    (installer) =>
      (!status || installer.status === status) &&
      (!onlyWarnings || needsAttention(installer)) &&
      (!needle ||
        installer.displayName.toLowerCase().includes(needle) ||
        installer.phone.includes(needle) ||
        installer.skills.some((skill) => skill.toLowerCase().includes(needle))),
  );
  // The drawer shows the installer as the list has it now (after a certificate is added, say).
  const openInstaller = open && (items.find((installer) => installer.id === open.installer.id) ?? open.installer);

  const columns: ColumnsType<Installer> = [
    {
      title: t("installers.fields.name"),
      dataIndex: "displayName",
      render: (name: string, installer) => (
        <Typography.Text strong type={installer.status === "ACTIVE" ? undefined : "secondary"}>
          {name}
        </Typography.Text>
      ),
    },
    { title: t("installers.fields.phone"), dataIndex: "phone", render: (phone: string) => <PhoneLink phone={phone} /> },
    {
      title: t("installers.fields.status"),
      dataIndex: "status",
      responsive: ["md"],
      render: (value: InstallerStatus) => (
        <Tag color={value === "ACTIVE" ? "success" : "default"}>{t(`installers.status.${value}`)}</Tag>
      ),
    },
    {
      title: t("installers.fields.certificates"),
      key: "certificates",
      render: (_, installer) =>
        installer.certifications.length === 0 ? (
          <Typography.Text type="secondary">{t("installers.certificates.none")}</Typography.Text>
        ) : (
          <Flex vertical gap={4}>
            {installer.certifications.map((certificate) => (
              <CertificateTag
                key={certificate.id}
                certificate={certificate}
                today={today}
                onRemove={
                  canManage
                    ? () =>
                        removeCertificate
                          .mutateAsync({ installerId: installer.id, certificationId: certificate.id })
                          .then(
                            () => void message.success(t("installers.certificates.removed")),
                            () => undefined,
                          )
                    : undefined
                }
              />
            ))}
          </Flex>
        ),
    },
    {
      title: t("installers.fields.skills"),
      dataIndex: "skills",
      responsive: ["lg"],
      render: (skills: string[]) => skills.join("、") || "—",
    },
    {
      title: t("installers.fields.workingHours"),
      key: "hours",
      responsive: ["lg"],
      render: (_, installer) => `${installer.workingHours.start}–${installer.workingHours.end}`,
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, installer) => (
        <InstallerActions
          installer={installer}
          canManage={canManage}
          onOpen={(panel) => setOpen({ installer, panel })}
        />
      ),
    },
  ];

  const drawerTitle =
    openInstaller &&
    (open.panel === "certificate"
      ? t("installers.certificates.addFor", { name: openInstaller.displayName })
      : open.panel === "scans"
        ? t("installers.scans.title", { name: openInstaller.displayName })
        : open.panel === "trainings"
          ? t("installers.trainings.title", { name: openInstaller.displayName })
          : t("installers.leave.of", { name: openInstaller.displayName }));

  return (
    <ListPage
      title={t("installers.title")}
      description={canManage ? t("installers.description") : t("installers.readOnly")}
      actions={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t("installers.create.open")}
          </Button>
        )
      }
      extra={
        attention > 0 && (
          <Alert
            type="warning"
            showIcon
            role="status"
            style={{ marginBottom: 16 }}
            title={t("installers.attention", { count: attention })}
            action={
              !onlyWarnings && (
                <Button size="small" onClick={() => choose("certificates", "attention")}>
                  {t("installers.withWarnings")}
                </Button>
              )
            }
          />
        )
      }
      filtersLabel={t("installers.filter")}
      filters={
        <>
          <SearchFilter
            label={t("installers.search")}
            value={text}
            onChange={(next) => {
              setText(next);
              choose("q", next.trim());
            }}
          />
          <SelectFilter
            label={t("installers.statusFilter")}
            placeholder={t("common.all")}
            value={status}
            onChange={(value) => choose("status", value)}
            options={STATUSES.map((value) => ({ value, label: t(`installers.status.${value}`) }))}
          />
          <Form.Item>
            <Checkbox
              checked={onlyWarnings}
              onChange={(e) => choose("certificates", e.target.checked ? "attention" : undefined)}
            >
              {t("installers.withWarnings")}
            </Checkbox>
          </Form.Item>
        </>
      }
    >
      <ProblemAlert error={removeCertificate.error} />
      <DataTable<Installer>
        caption={t("installers.title")}
        columns={columns}
        rowKey="id"
        rows={rows}
        loading={installers.isPending}
        error={installers.isError ? installers.error : undefined}
        onRetry={() => void installers.refetch()}
        empty={{ description: items.length > 0 ? t("installers.noMatch") : t("installers.none") }}
      />
      <Modal
        open={creating}
        title={t("installers.create.title")}
        footer={null}
        destroyOnHidden
        onCancel={() => setCreating(false)}
      >
        {creating && (
          <CreateInstallerForm
            existing={new Set(items.map((installer) => installer.id))}
            onCreated={() => setCreating(false)}
          />
        )}
      </Modal>
      <Drawer open={open !== null} title={drawerTitle} size="large" destroyOnHidden onClose={() => setOpen(null)}>
        {openInstaller && open.panel === "certificate" && (
          <CertificationForm installer={openInstaller} onDone={() => setOpen(null)} />
        )}
        {openInstaller && open.panel === "scans" && (
          <CertificateScans installer={openInstaller} canManage={canManage} />
        )}
        {openInstaller && open.panel === "leave" && <LeaveRequests installer={openInstaller} canDecide={canManage} />}
        {openInstaller && open.panel === "trainings" && <InstallerTrainings installer={openInstaller} />}
      </Drawer>
    </ListPage>
  );
}
