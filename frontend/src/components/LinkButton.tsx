import { Button, type ButtonProps } from "antd";
import { useHref, useLinkClickHandler } from "react-router";

/**
 * A link that looks like a button ("Submit a claim" in a page's actions): a real `<a href>` (opens in a new tab,
 * reads as a link), followed inside the app without a page load.
 */
export function LinkButton({ to, ...button }: Omit<ButtonProps, "href" | "onClick"> & { to: string }) {
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLAnchorElement>(to);
  return <Button {...button} href={href} onClick={(event) => follow(event as React.MouseEvent<HTMLAnchorElement>)} />;
}
