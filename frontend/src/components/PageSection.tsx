import { Typography } from "antd";
import type { ReactNode } from "react";

/** A titled region of a dashboard page (the home page, the indicators), named for assistive technology by its title. */
export function PageSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ marginBottom: 20 }}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}
