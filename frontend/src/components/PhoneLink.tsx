import { Typography } from "antd";

/** A phone number that dials on a click (a softphone on the laptop, the phone app on a mobile). */
export function PhoneLink({ phone }: { phone: string | undefined }) {
  if (!phone) return null;
  return (
    <Typography.Link href={`tel:${phone.replace(/[^\d+]/g, "")}`} style={{ whiteSpace: "nowrap" }}>
      {phone}
    </Typography.Link>
  );
}
