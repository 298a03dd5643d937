import type { Installer } from "../api/work-orders";

/** The installer's name for an id; an unknown id (an installer not loaded, or none) shows shortened. */
export function installerNames(installers: readonly Installer[] | undefined): (installerId: string) => string {
  const names = new Map((installers ?? []).map((installer) => [installer.id, installer.displayName]));
  return (installerId) => names.get(installerId) ?? `${installerId.slice(0, 8)}…`;
}
