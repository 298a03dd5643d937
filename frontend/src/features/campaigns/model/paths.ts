export const CAMPAIGNS_PATH = "/campaigns";
export const NEW_CAMPAIGN_PATH = "/campaigns/new";

export function campaignPath(id: string): string {
  return `/campaigns/${encodeURIComponent(id)}`;
}

export function editCampaignPath(id: string): string {
  return `${campaignPath(id)}/edit`;
}
