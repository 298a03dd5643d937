/** The most pages {@link collectPages} reads before it stops and reports the list as truncated. */
export const MAX_PAGES = 10;

export interface CollectedPages<Item> {
  items: Item[];
  /** More items exist than were read (more than MAX_PAGES pages). */
  truncated: boolean;
}

/**
 * Every item of a keyset-paginated list, page by page, for screens that need the whole list at once (a board,
 * a calendar, the installer directory). Stops after {@link MAX_PAGES} pages.
 */
export async function collectPages<Item>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor?: string | undefined }>,
): Promise<CollectedPages<Item>> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    cursor = result.nextCursor ?? undefined;
    if (!cursor) return { items, truncated: false };
  }
  return { items, truncated: true };
}
