// The developers that charts draw: every k-th developer by index, so that a chart drawn during a run and one
// redrawn from developers.csv use the same points, and a chart stays small whatever the population.

/** At most about this many developers per arm reach the charts. */
export const CHART_DEVELOPERS = 5000;

/** Keep developer i when i % stride === 0. */
export function chartStride(developers: number): number {
  return Math.max(1, Math.ceil(developers / CHART_DEVELOPERS));
}
