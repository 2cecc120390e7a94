/**
 * What a problem says it got instead of what it expected: `got` the input's kind (`nothing`,
 * `null`, `array`, `object`, `string`, `number`, `boolean`, …) and, for a string, number or boolean,
 * `value` as shown (a string quoted and cut at 40 characters).
 */
export type GotParams = {
  readonly got: string;
  readonly value?: string;
};

/** The input as a problem names it, in params. */
export function gotParams(input: unknown): GotParams {
  if (input === undefined) return { got: 'nothing' };
  if (input === null) return { got: 'null' };
  if (Array.isArray(input)) return { got: 'array' };
  if (typeof input === 'string')
    return { got: 'string', value: `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"` };
  if (typeof input === 'object') return { got: 'object' };
  return { got: typeof input, value: String(input) };
}

/** `got` in English: `nothing`, `null`, `an array`, `"text"`, `an object`, `number 3`. */
export function describedGot({ got, value }: GotParams): string {
  switch (got) {
    case 'nothing':
    case 'null':
      return got;
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'string':
      return value ?? 'a string';
    default:
      return value === undefined ? got : `${got} ${value}`;
  }
}
