import { useSearchParams } from "react-router";

/**
 * A list's filters kept in the URL, so a filtered list can be linked to and survives a reload: `choose` sets
 * one (an empty value removes it) without adding a history entry per keystroke.
 */
export function useUrlFilters() {
  const [search, setSearch] = useSearchParams();
  function choose(key: string, value: string | undefined) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }
  return { search, choose };
}
