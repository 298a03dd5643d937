/** Deployment-specific settings read at start-up from /config.json, so one build serves every environment. */
export interface RuntimeConfig {
  oidcAuthority: string;
  oidcClientId: string;
  /** Origin of the API; empty means the SPA's own origin (dev proxy, preview proxy or the chart's nginx). */
  apiBaseUrl: string;
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl("/config.json", { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`/config.json answered ${response.status}`);
  }
  const raw = (await response.json()) as Partial<RuntimeConfig>;
  if (!raw.oidcAuthority || !raw.oidcClientId) {
    throw new Error("/config.json must name oidcAuthority and oidcClientId");
  }
  return {
    oidcAuthority: raw.oidcAuthority,
    oidcClientId: raw.oidcClientId,
    apiBaseUrl: (raw.apiBaseUrl ?? "").replace(/\/+$/, ""),
  };
}
