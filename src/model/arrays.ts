// Where the model's typed arrays come from. Fresh memory is expensive on the machines this runs on: the first
// write to each 4 KiB page of a new array costs a page fault, ~11 µs on the bench machine (a Firecracker VM),
// i.e. ~2.7 ms per MB, while a week of the model reads and writes the same megabyte in ~0.4 ms. A replicate
// of 100,000 developers needs ~25 MB, so allocating it afresh costs ~70 ms, about a quarter of the replicate.
// A caller that runs replicate after replicate in one thread (a batch worker, the bench) therefore passes an
// ArrayArena and recycles it between replicates; everyone else gets fresh arrays.
type TypedArrayOf<T> = T extends new (length: number) => infer A ? A : never;
type ArrayConstructor =
  | Float64ArrayConstructor
  | Float32ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Uint16ArrayConstructor
  | Uint8ArrayConstructor;

export interface ArraySource {
  /** A zero-filled array of `length` elements. */
  take<C extends ArrayConstructor>(ctor: C, length: number): TypedArrayOf<C>;
}

/** New arrays every time (the default). */
export const freshArrays: ArraySource = {
  take: (ctor, length) => new ctor(length) as TypedArrayOf<typeof ctor>,
};

/**
 * Arrays handed out since the last `recycle()` are reused, zero-filled, by later calls of `take` with the same
 * type and length. After `recycle()` nothing taken before may be read: the replicate that holds them is gone.
 */
export class ArrayArena implements ArraySource {
  private readonly free = new Map<string, ArrayBufferView[]>();
  private taken: [string, ArrayBufferView][] = [];

  take<C extends ArrayConstructor>(ctor: C, length: number): TypedArrayOf<C> {
    const key = `${ctor.name}:${length}`;
    const reused = this.free.get(key)?.pop() as (TypedArrayOf<C> & { fill(v: number): unknown }) | undefined;
    const array = reused ?? (new ctor(length) as TypedArrayOf<C>);
    if (reused) reused.fill(0);
    this.taken.push([key, array]);
    return array;
  }

  /**
   * The arrays taken since the last recycle become free for reuse. Free arrays that were not reused meanwhile
   * are dropped, so the arena holds at most about one replicate's arrays even when sizes change (sweeps).
   */
  recycle(): void {
    this.free.clear();
    for (const [key, array] of this.taken) {
      const list = this.free.get(key);
      if (list) list.push(array);
      else this.free.set(key, [array]);
    }
    this.taken = [];
  }
}
