/** Page arithmetic of the list pages (cases, audit log). Pure. */

/** Number of pages for `total` rows; at least 1, so "第 1 / 1 页" reads right for an empty list. */
export function pageCount(total: number, pageSize: number): number {
  if (!(total > 0) || !(pageSize > 0)) return 1;
  return Math.ceil(total / pageSize);
}

