/** A phone number that dials on a click (a softphone on the laptop, the phone app on a mobile). */
export function PhoneLink({ phone }: { phone: string | undefined }) {
  if (!phone) return null;
  return (
    <a className="mono nowrap" href={`tel:${phone.replace(/[^\d+]/g, "")}`}>
      {phone}
    </a>
  );
}
