// Memory footprint of a run, counted from the byte lengths of its typed arrays (what the model keeps per
// developer), as opposed to what the process happens to hold (RSS), which the bench reports beside it.

/** Bytes held by the typed arrays among an object's own fields (not nested objects). */
export function typedArrayBytes(obj: object): number {
  let bytes = 0;
  for (const v of Object.values(obj)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes;
}
