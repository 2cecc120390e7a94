/**
 * Asia/Shanghai has been UTC+8 without daylight saving since 1991, so an instant's civil date in
 * Shanghai is a fixed shift away from UTC. Every date lawgauge stores is a Shanghai civil day.
 */
export const SHANGHAI_OFFSET_MINUTES = 8 * 60;

const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = SHANGHAI_OFFSET_MINUTES * 60_000;

/** Shanghai civil day number of an instant given as milliseconds since the Unix epoch. */
export function shanghaiDayFromEpochMs(epochMs: number): number {
  return Math.floor((epochMs + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
}

/**
 * Shanghai civil day of a wall-clock time written with a UTC offset.
 * `minutesOfDay` is the local time of day, `offsetMinutes` the written offset (e.g. 0 for `Z`).
 */
export function shanghaiDayFromOffsetTime(localDay: number, minutesOfDay: number, offsetMinutes: number): number {
  const shanghaiMinutes = localDay * 1440 + minutesOfDay - offsetMinutes + SHANGHAI_OFFSET_MINUTES;
  return Math.floor(shanghaiMinutes / 1440);
}
