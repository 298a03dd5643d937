import { lazy, type ComponentType } from "react";

/** A route's screen in its own chunk, loaded when the route is first opened (the layout shows a spinner). */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}
