import { Button, Flex, Form } from "antd";
import type { ReactNode } from "react";

interface SubmitButtonProps {
  submitting: boolean;
  children: ReactNode;
  /** Secondary buttons after the submit button (cancel, close). */
  extra?: ReactNode;
  /** A rejection or waiver: the button is red. */
  danger?: boolean;
}

/** The form's primary button: disabled with a spinner while the request is in flight, and with a disabled form. */
export function SubmitButton({ submitting, children, extra, danger }: SubmitButtonProps) {
  return (
    <Form.Item style={{ marginBottom: 0 }}>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          danger={danger}
          htmlType="submit"
          loading={submitting}
          disabled={submitting || undefined}
        >
          {children}
        </Button>
        {extra}
      </Flex>
    </Form.Item>
  );
}
