// Parameter paths into a scenario: "response.elasticity", "arms[1].policies[0].target" as the segments
// ["arms", 1, "policies", 0, "target"], and the value at one. Hand-written rather than dot-prop: a dozen lines
// over paths parsed once, whose syntax each caller checks first so that it can report a bad one its own way.

export type PathSegment = string | number;

/** The segments of a path (its syntax already checked): "[n]" and all-digit parts become numbers. */
export function pathSegments(text: string): PathSegment[] {
  return text.replace(/\[(\d+)\]/g, ".$1").split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The value at `path`, or undefined when the path leaves the object. */
export function getAt(obj: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PathSegment, unknown>)[p];
  }
  return cur;
}

/** Sets the value at `path`, creating missing groups on the way. */
export function setAt(obj: object, path: readonly PathSegment[], value: unknown): void {
  let cur = obj as Record<PathSegment, unknown>;
  for (const p of path.slice(0, -1)) {
    if (cur[p] === null || typeof cur[p] !== "object") cur[p] = {};
    cur = cur[p] as Record<PathSegment, unknown>;
  }
  cur[path[path.length - 1]] = value;
}
