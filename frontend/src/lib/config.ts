import { createContext, useContext } from "react";

/** Deployment-specific settings read at start-up from /config.json, so one build serves every environment. */
export interface RuntimeConfig {
  oidcAuthority: string;
  oidcClientId: string;
  /** Origin of the API; empty means the SPA's own origin (dev proxy, preview proxy or the chart's nginx). */
  apiBaseUrl: string;
  /**
   * Map tiles for the dispatch console, as a template with {z}, {x} and {y} (and optionally {s}), e.g. the
   * tenant's own tile server. Absent: the console lists the stops instead of drawing a map (offline machines).
   */
  mapTileUrl?: string;
  /** The tiles' attribution as their licence asks for it, shown on the map (HTML, from the operator). */
  mapAttribution?: string;
}

const TILE_PLACEHOLDERS = ["{z}", "{x}", "{y}"];

/** An optional text of the file: absent or blank is none; anything but text is a mistake in the file. */
function optionalText(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new Error(`/config.json: ${key} must be a string`);
  return value.trim() || undefined;
}

/** The settings of /config.json's body; throws when it lacks what the app needs or names a setting wrongly. */
export function runtimeConfigOf(body: unknown): RuntimeConfig {
  const raw = (typeof body === "object" && body !== null ? body : {}) as Partial<Record<keyof RuntimeConfig, unknown>>;
  if (
    typeof raw.oidcAuthority !== "string" ||
    !raw.oidcAuthority ||
    typeof raw.oidcClientId !== "string" ||
    !raw.oidcClientId
  ) {
    throw new Error("/config.json must name oidcAuthority and oidcClientId");
  }
  const config: RuntimeConfig = {
    oidcAuthority: raw.oidcAuthority,
    oidcClientId: raw.oidcClientId,
    apiBaseUrl: (typeof raw.apiBaseUrl === "string" ? raw.apiBaseUrl : "").replace(/\/+$/, ""),
  };
  const tiles = optionalText(raw, "mapTileUrl");
  if (tiles !== undefined) {
    const missing = TILE_PLACEHOLDERS.filter((placeholder) => !tiles.includes(placeholder));
    if (missing.length > 0) {
      throw new Error(`/config.json: mapTileUrl must be a tile template with ${missing.join(", ")}`);
    }
    config.mapTileUrl = tiles;
  }
  const attribution = optionalText(raw, "mapAttribution");
  if (attribution !== undefined) config.mapAttribution = attribution;
  return config;
}

let loaded: RuntimeConfig | null = null;

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl("/config.json", { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`/config.json answered ${response.status}`);
  }
  loaded = runtimeConfigOf(await response.json());
  return loaded;
}

/**
 * The URL of an API path for a plain link the browser follows itself (a public download), on the same origin as
 * the API client's calls: the configured API origin, or the SPA's own when there is none.
 */
export function apiUrl(path: string): string {
  return `${loaded?.apiBaseUrl ?? ""}${path}`;
}

/** The map's tiles, when the deployment has some. */
export interface MapTiles {
  url: string;
  attribution?: string;
}

/** Provides the map's tiles to a part of the app; without it, those of the configuration loaded at start-up. */
export const MapTilesContext = createContext<MapTiles | null | undefined>(undefined);

function tilesOf(config: RuntimeConfig | null): MapTiles | null {
  if (!config?.mapTileUrl) return null;
  return config.mapAttribution
    ? { url: config.mapTileUrl, attribution: config.mapAttribution }
    : { url: config.mapTileUrl };
}

/** The map's tiles, or null where none are configured (the page shows its lists instead). */
export function useMapTiles(): MapTiles | null {
  const provided = useContext(MapTilesContext);
  return provided === undefined ? tilesOf(loaded) : provided;
}
