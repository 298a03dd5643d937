import { theme } from "antd";
import * as L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { MapTiles } from "@/lib/config";
import type { DispatchCard } from "../api/dispatch";
import { pointsOf, type InstallerRoute } from "../model/map";
import { coordinatesOf } from "../model/timeline";
import { promiseColour } from "./OrderCard";

/** Line colours of the installers' routes, dark enough to read on map tiles. */
const ROUTE_COLOURS = ["#0f6fd1", "#237804", "#ad4e00", "#722ed1", "#c41d7f", "#006d75", "#874d00", "#ad2102"];

const NO_PROMISE = "#595959";

/** Text for a marker's tooltip or label; never HTML, as names and addresses come from people. */
function textElement(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

interface LeafletMapProps {
  tiles: MapTiles;
  routes: readonly InstallerRoute[];
  queue: readonly DispatchCard[];
}

/**
 * The Leaflet map of the day: numbered sites in each installer's colour, filled by their promise; each installer's
 * last check-in; their route in order as a line; the sites nobody has yet with a dashed edge.
 */
export function LeafletMap({ tiles, routes, queue }: LeafletMapProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useTenantFormat();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = element.current;
    if (!container) return;
    const map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer(tiles.url, { attribution: tiles.attribution ?? "", maxZoom: 19 }).addTo(map);

    const describe = (card: DispatchCard) =>
      `${card.number} · ${card.customerName} · ${format.time(card.appointment.start)}–${format.time(card.appointment.end)}${card.siteAddress ? `\n${card.siteAddress}` : ""}`;
    const site = (card: DispatchCard, label: string, edge: string, queued: boolean) => {
      const point = coordinatesOf(card);
      if (!point) return;
      // Without a running promise the site is drawn in a dark grey, so its white number stays readable.
      const status = card.promise?.status;
      const fill = status && status !== "CANCELLED" ? promiseColour(status, token).edge : NO_PROMISE;
      const marker = textElement("span", label, `dispatch-map__stop${queued ? " dispatch-map__stop--queued" : ""}`);
      marker.style.background = fill;
      marker.style.borderColor = edge;
      L.marker([point.latitude, point.longitude], {
        icon: L.divIcon({ className: "dispatch-map__icon", html: marker, iconSize: [26, 26] }),
        title: describe(card),
        keyboard: true,
      })
        .bindTooltip(textElement("div", describe(card), "dispatch-map__tooltip"))
        .addTo(map);
    };

    routes.forEach((route, index) => {
      const colour = ROUTE_COLOURS[index % ROUTE_COLOURS.length]!;
      if (route.path.length > 1) {
        L.polyline(
          route.path.map((point) => [point.latitude, point.longitude] as [number, number]),
          { color: colour, weight: 3, opacity: 0.8 },
        )
          .bindTooltip(textElement("div", t("dispatch.console.map.routeOf", { name: route.name })))
          .addTo(map);
      }
      route.stops.forEach((stop, order) => site(stop, String(order + 1), colour, false));
      if (route.position) {
        const label = t("dispatch.console.map.positionOf", {
          name: route.name,
          time: format.time(route.position.at),
          number: route.position.orderNumber,
        });
        const marker = textElement("span", route.name.slice(0, 1), "dispatch-map__installer");
        marker.style.background = colour;
        L.marker([route.position.latitude, route.position.longitude], {
          icon: L.divIcon({ className: "dispatch-map__icon", html: marker, iconSize: [30, 30] }),
          title: label,
          keyboard: true,
          zIndexOffset: 1000,
        })
          .bindTooltip(textElement("div", label))
          .addTo(map);
      }
    });
    queue.forEach((card) => site(card, "?", token.colorTextSecondary, true));

    const points = pointsOf(routes, queue);
    if (points.length > 0) {
      map.fitBounds(L.latLngBounds(points.map((point) => [point.latitude, point.longitude] as [number, number])), {
        padding: [32, 32],
        maxZoom: 15,
      });
    } else {
      map.setView([0, 0], 1);
    }
    return () => {
      map.remove();
    };
  }, [tiles, routes, queue, t, token, format]);

  return (
    <div
      ref={element}
      className="dispatch-map"
      role="region"
      aria-label={t("dispatch.console.map.label")}
      style={{ height: 480 }}
    />
  );
}
