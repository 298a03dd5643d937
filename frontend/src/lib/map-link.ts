/** Where a site is: its address, and its coordinates when they are known. */
export interface MapPlace {
  address: string;
  latitude?: number | null;
  longitude?: number | null;
}

/**
 * The navigation link of a site from the tenant's map URL template (AMap, Baidu, OpenStreetMap…): `{address}`,
 * `{lat}` and `{lng}` are replaced by URL-encoded values. A template that needs coordinates the site lacks gives
 * null, as does a template that is not an http(s) link, so no broken or unsafe link is ever shown.
 */
export function mapLink(template: string | null | undefined, place: MapPlace): string | null {
  if (!template || !/^https?:\/\//i.test(template.trim())) return null;
  const hasCoordinates = typeof place.latitude === "number" && typeof place.longitude === "number";
  if (!hasCoordinates && /\{(lat|lng)\}/.test(template)) return null;
  const values: Record<string, string> = {
    address: place.address.trim(),
    lat: hasCoordinates ? String(place.latitude) : "",
    lng: hasCoordinates ? String(place.longitude) : "",
  };
  return template.trim().replace(/\{(address|lat|lng)\}/g, (_, key: string) => encodeURIComponent(values[key] ?? ""));
}
