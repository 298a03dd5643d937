import { Flex, Typography } from "antd";
import { useEffect, type ReactNode } from "react";

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Tags beside the title, e.g. the record's state. */
  tags?: ReactNode;
  /** The page's actions: the primary one first, destructive ones last. */
  actions?: ReactNode;
}

/** The page's title (also the browser tab's), a line of explanation and the actions. */
export function PageHeader({ title, description, tags, actions }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · Aftercare`;
  }, [title]);
  return (
    <Flex component="header" justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {description && (
          <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
            {description}
          </Typography.Paragraph>
        )}
      </div>
      {actions && (
        <Flex gap={8} wrap className="no-print">
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
