import { useSyncExternalStore } from "react";

/** How often "in 3 hours" style texts move on; a screen stays open all day. */
const TICK_MS = 60_000;

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    // One timer for every component on the page, not one per badge.
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearInterval(timer);
  };
}

// The same value on every call until a tick (React requires that); while nothing listens, it is renewed
// when it is more than a tick away from the clock.
function snapshot(): number {
  if (listeners.size === 0 && Math.abs(Date.now() - now) >= TICK_MS) now = Date.now();
  return now;
}

/** The current time in milliseconds, renewed every minute while a component uses it. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
