// Order statistics: the k-th smallest in O(n) on average (Hoare's quickselect with median-of-three pivots), for
// rankings that must not sort the whole population every week, and the median, the one definition of it every
// table and report uses (the mean of the two middle values of an even count; 0 of no values).

/**
 * The k-th smallest (0-based) of the first `length` values of `work`, which is reordered in place.
 * @throws RangeError when k is outside [0, length)
 */
export function selectInPlace(work: Float64Array, length: number, k: number): number {
  if (!(k >= 0 && k < length)) throw new RangeError(`selectInPlace: k must be in [0, ${length}), got ${k}`);
  let lo = 0;
  let hi = length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot keeps sorted and constant inputs linear.
    const a = work[lo], b = work[mid], c = work[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (work[i] < pivot) i++;
      while (work[j] > pivot) j--;
      if (i <= j) {
        const t = work[i];
        work[i] = work[j];
        work[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return work[k];
  }
  return work[k];
}

/** The median of the first `length` values of `work` (reordered in place); 0 when empty. */
export function medianInPlace(work: Float64Array, length: number): number {
  if (length === 0) return 0;
  const upper = selectInPlace(work, length, length >>> 1);
  if (length % 2 === 1) return upper;
  // The lower middle is the largest value left of the upper middle after selection.
  let lower = -Infinity;
  for (let i = 0; i < length >>> 1; i++) if (work[i] > lower) lower = work[i];
  return (lower + upper) / 2;
}

/** The median of values sorted ascending; 0 when there are none. */
export function medianSorted(sorted: ArrayLike<number>): number {
  const m = sorted.length;
  if (m === 0) return 0;
  return m % 2 === 1 ? sorted[(m - 1) / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
}

/** The median of values in any order (sorted in a copy); 0 when there are none. */
export function median(values: readonly number[]): number {
  return medianSorted([...values].sort((a, b) => a - b));
}
