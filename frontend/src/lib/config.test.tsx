import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { MapTilesContext, apiUrl, loadRuntimeConfig, runtimeConfigOf, useMapTiles } from "./config";

const BASE = { oidcAuthority: "http://kc.test/realms/aftercare", oidcClientId: "aftercare-spa" };

function answering(body: unknown, status = 200): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

describe("runtime configuration", () => {
  it("needs the sign-in settings and trims the API origin's trailing slashes", () => {
    expect(runtimeConfigOf({ ...BASE, apiBaseUrl: "https://api.test//" })).toEqual({
      ...BASE,
      apiBaseUrl: "https://api.test",
    });
    expect(runtimeConfigOf(BASE)).toEqual({ ...BASE, apiBaseUrl: "" });
    expect(() => runtimeConfigOf({ oidcAuthority: "http://kc.test" })).toThrow(/oidcClientId/);
    expect(() => runtimeConfigOf(null)).toThrow(/oidcAuthority/);
  });

  it("takes an optional map tile template with its attribution", () => {
    const config = runtimeConfigOf({
      ...BASE,
      mapTileUrl: "https://tiles.example.test/{z}/{x}/{y}.png",
      mapAttribution: "© OpenStreetMap contributors",
    });
    expect(config.mapTileUrl).toBe("https://tiles.example.test/{z}/{x}/{y}.png");
    expect(config.mapAttribution).toBe("© OpenStreetMap contributors");
  });

  it("has no map tiles when the file names none or leaves them blank", () => {
    expect(runtimeConfigOf(BASE).mapTileUrl).toBeUndefined();
    expect(runtimeConfigOf({ ...BASE, mapTileUrl: "  ", mapAttribution: "" })).toEqual({ ...BASE, apiBaseUrl: "" });
    expect(runtimeConfigOf({ ...BASE, mapTileUrl: null }).mapTileUrl).toBeUndefined();
  });

  it("refuses a tile URL without the tile coordinates, or a setting that is not text", () => {
    expect(() => runtimeConfigOf({ ...BASE, mapTileUrl: "https://tiles.example.test/{z}/tile.png" })).toThrow(
      /\{x\}, \{y\}/,
    );
    expect(() => runtimeConfigOf({ ...BASE, mapTileUrl: 42 })).toThrow(/mapTileUrl must be a string/);
    expect(() => runtimeConfigOf({ ...BASE, mapAttribution: ["OSM"] })).toThrow(/mapAttribution must be a string/);
  });

  it("loads /config.json without the browser's cache and remembers the map tiles for the pages", async () => {
    const requests: { url: string; init?: RequestInit }[] = [];
    const fetchImpl: typeof fetch = async (url, init) => {
      requests.push({ url: String(url), init });
      return answering({ ...BASE, mapTileUrl: "/tiles/{z}/{x}/{y}.png" })(url, init);
    };
    await loadRuntimeConfig(fetchImpl);
    expect(requests).toEqual([{ url: "/config.json", init: { cache: "no-store" } }]);
    expect(renderHook(() => useMapTiles()).result.current).toEqual({ url: "/tiles/{z}/{x}/{y}.png" });

    await loadRuntimeConfig(answering(BASE));
    expect(renderHook(() => useMapTiles()).result.current).toBeNull();
  });

  it("points a plain link at the configured API origin, or at the page's own", async () => {
    await loadRuntimeConfig(answering({ ...BASE, apiBaseUrl: "https://api.test/" }));
    expect(apiUrl("/api/v1/public/bookings/k3v9/service-report?lang=en")).toBe(
      "https://api.test/api/v1/public/bookings/k3v9/service-report?lang=en",
    );
    await loadRuntimeConfig(answering(BASE));
    expect(apiUrl("/api/v1/public/bookings/k3v9/service-report")).toBe("/api/v1/public/bookings/k3v9/service-report");
  });

  it("lets a part of the app be given other tiles, or none", () => {
    const tiles = { url: "https://t.test/{z}/{x}/{y}.png", attribution: "Tiles" };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MapTilesContext.Provider value={tiles}>{children}</MapTilesContext.Provider>
    );
    expect(renderHook(() => useMapTiles(), { wrapper }).result.current).toEqual(tiles);
  });

  it("fails start-up when /config.json cannot be read", async () => {
    await expect(loadRuntimeConfig(answering({}, 404))).rejects.toThrow("/config.json answered 404");
  });
});
