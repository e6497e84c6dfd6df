import type { Page } from './page-query.js';

/** What the pager partial shows: "Trang x/y · n bản ghi" and the links around it. */
export interface PagerModel {
  page: number;
  pages: number;
  total: number;
  prevHref: string | null;
  nextHref: string | null;
}

/** Links to the neighbouring pages that keep the current filters (empty filters are left out). */
export function pagerFor(path: string, filters: Record<string, string | null | undefined>, page: Page<unknown>): PagerModel {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const href = (target: number): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value) {
        params.set(key, value);
      }
    }
    params.set('page', String(target));
    return `${path}?${params.toString()}`;
  };
  return {
    page: page.page,
    pages,
    total: page.total,
    // Past the last page (a stale link), "previous" leads back to the last one.
    prevHref: page.page > 1 ? href(Math.min(page.page - 1, pages)) : null,
    nextHref: page.page < pages ? href(page.page + 1) : null,
  };
}
