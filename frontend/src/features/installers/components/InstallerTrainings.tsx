import { Empty, Flex, Form, Input, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ConfirmDeleteButton } from "@/components/ConfirmDeleteButton";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import {
  useAddTraining,
  useRemoveTraining,
  useTrainings,
  type Installer,
  type InstallerTraining,
} from "../api/installers";

interface TrainingValues {
  course: string;
  trainedOn: string;
}

/** The trainings an installer took, newest first, with a form to record another (a connection crew needs one). */
export function InstallerTrainings({ installer }: { installer: Installer }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const trainings = useTrainings(installer.id);
  const add = useAddTraining(installer.id);
  const remove = useRemoveTraining(installer.id);
  const { form, onFinish, submitting, problem } = useApiForm<TrainingValues, InstallerTraining>({
    submit: (values) => add.mutateAsync({ course: (values.course ?? "").trim(), trainedOn: values.trainedOn }),
    check: (values) => ({
      ...(!(values.course ?? "").trim() ? { course: t("validation.required") } : {}),
      ...(!values.trainedOn ? { trainedOn: t("validation.required") } : {}),
    }),
    success: t("installers.trainings.added"),
    onSuccess: () => form.resetFields(),
  });
  const rows = [...(trainings.data ?? [])].sort((a, b) => b.trainedOn.localeCompare(a.trainedOn));
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t("installers.trainings.hint")}</Typography.Paragraph>
      <ProblemAlert error={trainings.error} />
      <Table<InstallerTraining>
        size="small"
        rowKey="id"
        pagination={false}
        loading={trainings.isPending}
        dataSource={rows}
        aria-label={t("installers.trainings.title", { name: installer.displayName })}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("installers.trainings.none")} />,
        }}
        columns={[
          { title: t("installers.trainings.course"), dataIndex: "course" },
          {
            title: t("installers.trainings.trainedOn"),
            dataIndex: "trainedOn",
            render: (date: string) => format.date(date),
          },
          {
            title: t("common.actions"),
            key: "actions",
            render: (_, training) => (
              <ConfirmDeleteButton
                confirm={t("installers.trainings.confirmRemove", { course: training.course })}
                label={t("installers.trainings.remove", { course: training.course })}
                onDelete={() => remove.mutateAsync(training.id)}
                deleted={t("installers.trainings.removed")}
              />
            ),
          },
        ]}
      />
      <Form<TrainingValues>
        form={form}
        layout="vertical"
        aria-label={t("installers.trainings.add")}
        onFinish={onFinish}
        disabled={submitting}
        initialValues={{ course: "", trainedOn: format.today() }}
      >
        <Typography.Text strong>{t("installers.trainings.add")}</Typography.Text>
        <Form.Item name="course" label={t("installers.trainings.course")} required style={{ marginTop: 8 }}>
          <Input maxLength={200} placeholder={t("installers.trainings.coursePlaceholder")} />
        </Form.Item>
        <DateFormItem name="trainedOn" label={t("installers.trainings.trainedOn")} required />
        {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
        <SubmitButton submitting={submitting}>{t("installers.trainings.add")}</SubmitButton>
      </Form>
    </Flex>
  );
}
