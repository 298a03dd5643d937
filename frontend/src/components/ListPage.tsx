import { Card, Flex, Form } from "antd";
import type { ReactNode } from "react";
import { PageHeader } from "./PageHeader";

interface ListPageProps {
  title: string;
  description?: ReactNode;
  /** The page's actions (create, export); the primary one first. */
  actions?: ReactNode;
  /** The filter controls, each a labelled `Form.Item`; they sit in one search landmark above the table. */
  filters?: ReactNode;
  /** The label of the filter landmark, e.g. "Filter work orders". */
  filtersLabel?: string;
  /** A form or panel shown between the filters and the table (e.g. the create form when opened). */
  extra?: ReactNode;
  /** Usually a {@link DataTable}. */
  children: ReactNode;
}

/** The shape of every list: header with actions, a filter bar, then the table. */
export function ListPage({ title, description, actions, filters, filtersLabel, extra, children }: ListPageProps) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      {extra}
      <Card size="small" styles={{ body: { padding: filters ? 12 : 0 } }}>
        {filters && (
          <Form layout="inline" role="search" aria-label={filtersLabel ?? title} className="filter-bar" component="div">
            <Flex wrap gap={8} style={{ width: "100%", marginBottom: 12 }}>
              {filters}
            </Flex>
          </Form>
        )}
        {children}
      </Card>
    </>
  );
}
