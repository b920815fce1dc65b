// Binary searches over values or items kept in ascending order.

/** Index of the last value in ascending `values` below `before`, or -1 (binary search). */
export function lastIndexBefore(values: readonly number[], before: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? Infinity) < before) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** How many of `items` (in ascending order of `at`) come before `before`, by binary search. */
export function countBefore<T>(items: readonly T[], before: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid] as T) < before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
