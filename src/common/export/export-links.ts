/** What the export-links partial shows: a list's "Xuất Excel" and "In" addresses, with the list's filters. */
export interface ExportLinks {
  xlsx: string;
  print: string;
}

/** `<list>/export.xlsx?…` and `<list>/print?…` with the current filters (empty ones left out, paging dropped). */
export function exportLinks(path: string, filters: Record<string, string | number | null | undefined>): ExportLinks {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== null && value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const query = params.size > 0 ? `?${params.toString()}` : '';
  return { xlsx: `${path}/export.xlsx${query}`, print: `${path}/print${query}` };
}
