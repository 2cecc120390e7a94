/**
 * Work that orders a long table's rows a slice at a time: `run` works until it is done or the
 * deadline (a `performance.now()` time) has passed, and says whether it is done; `order` is then
 * the row indices in order. The table runs a slice in the task that asked for the order and,
 * when that is not enough, the rest in later tasks, so no task is long whatever the rows.
 */
export interface OrderJob {
  run(deadline: number): boolean;
  readonly order: Uint32Array | undefined;
}
