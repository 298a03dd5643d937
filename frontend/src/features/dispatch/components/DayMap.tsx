import { Alert, Card, Col, Empty, Flex, Row, Typography } from "antd";
import { Suspense, lazy, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { useTenantFormat } from "@/lib/current-user";
import type { MapTiles } from "@/lib/config";
import type { DispatchBoard, DispatchCard } from "../api/dispatch";
import { formatLatLng, routesOf, type InstallerRoute } from "../model/map";
import { coordinatesOf } from "../model/timeline";

// Leaflet is large and only this view needs it: it loads when a map is first drawn.
const LeafletMap = lazy(async () => ({ default: (await import("./LeafletMap")).LeafletMap }));

interface DayMapProps {
  board: DispatchBoard;
  tiles: MapTiles | null;
}

/**
 * The day on a map: the sites coloured by promise, where each installer last checked in, and each installer's
 * route through their jobs in order. Without map tiles (offline machines) the same stops are listed per installer.
 */
export function DayMap({ board, tiles }: DayMapProps) {
  const { t } = useTranslation();
  const routes = useMemo(() => routesOf(board), [board]);
  const list = <StopList routes={routes} queue={board.unassigned} />;
  if (!tiles) {
    return (
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t("dispatch.console.map.noTiles")} />
        {list}
      </Flex>
    );
  }
  return (
    <Flex vertical gap={12}>
      <Suspense fallback={<Loading />}>
        <LeafletMap tiles={tiles} routes={routes} queue={board.unassigned} />
      </Suspense>
      <details>
        <summary>{t("dispatch.console.map.asList")}</summary>
        {list}
      </details>
    </Flex>
  );
}

/** Each installer's stops in order, with address and coordinates, and the sites of orders nobody has. */
export function StopList({ routes, queue }: { routes: readonly InstallerRoute[]; queue: readonly DispatchCard[] }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <Row gutter={[12, 12]}>
      {routes.map((route) => (
        <Col key={route.installerId} xs={24} md={12} xxl={8}>
          <Card size="small" title={<h3 className="dispatch-queue__title">{route.name}</h3>}>
            {route.position && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t("dispatch.console.map.lastCheckIn", {
                  time: format.time(route.position.at),
                  number: route.position.orderNumber,
                  where: formatLatLng(route.position),
                })}
              </Typography.Paragraph>
            )}
            {route.stops.length === 0 ? (
              <Typography.Text type="secondary">{t("dispatch.console.map.noStops")}</Typography.Text>
            ) : (
              <ol className="dispatch-stops" aria-label={t("dispatch.console.map.stopsOf", { name: route.name })}>
                {route.stops.map((stop) => (
                  <Stop key={stop.id} stop={stop} />
                ))}
              </ol>
            )}
          </Card>
        </Col>
      ))}
      <Col xs={24} md={12} xxl={8}>
        <Card size="small" title={<h3 className="dispatch-queue__title">{t("dispatch.console.map.unplaced")}</h3>}>
          {queue.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("dispatch.console.queue.empty")} />
          ) : (
            <ul className="dispatch-stops" aria-label={t("dispatch.console.map.unplaced")}>
              {queue.map((stop) => (
                <Stop key={stop.id} stop={stop} />
              ))}
            </ul>
          )}
        </Card>
      </Col>
    </Row>
  );
}

function Stop({ stop }: { stop: DispatchCard }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const point = coordinatesOf(stop);
  return (
    <li>
      <Typography.Text strong>
        {format.time(stop.appointment.start)}–{format.time(stop.appointment.end)} {stop.number}
      </Typography.Text>{" "}
      {stop.customerName}
      <br />
      <Typography.Text type="secondary">
        {stop.siteAddress ?? t("dispatch.console.card.noAddress")} ·{" "}
        {point ? formatLatLng(point) : t("dispatch.console.map.noCoordinates")}
      </Typography.Text>
    </li>
  );
}
