import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkerSource, validFile } from '../../scripts/checker-source.js';
import { CHECKERS } from '../../scripts/checker-specs.js';
import { isPeriodKey } from '../../src/model/contract-rules.js';

const root = new URL('../../', import.meta.url);
const generate = (schema: z.core.$ZodType): Promise<string> =>
  checkerSource({ name: 'probe', schema, from: 'a test' }, new URL('src/shape/generated/probe.ts', root).pathname);

describe('src/shape/generated/', () => {
  it.each(Object.entries(CHECKERS))('%s is up to date (run `npm run schema` if not)', async (file, spec) => {
    const path = new URL(file, root);
    expect(readFileSync(path, 'utf8')).toBe(await checkerSource(spec, path.pathname));
    const valid = new URL(validFile(file), root);
    expect(readFileSync(valid, 'utf8')).toBe(await checkerSource(spec, valid.pathname, 'valid'));
  });

  it('calls a refinement by its name in src/model/contract-rules.ts', async () => {
    const source = await generate(z.strictObject({ period: z.string().check(z.refine(isPeriodKey, 'a period')) }));
    expect(source).toContain("import { isPeriodKey } from '../../model/contract-rules.js';");
    expect(source).toContain('(x === c.memo[0] || (isPeriodKey(x) && remember(c, 0, x)))');
    expect(source).toContain("['string', ['custom', isPeriodKey, 'a period']]");
  });

  it('stops on what it cannot check as zod does, naming the place', async () => {
    const inline = z.strictObject({ a: z.string().check(z.refine((text) => text !== 'b', 'not b')) });
    await expect(generate(inline)).rejects.toThrow(
      'generate-checkers: probe.a: a refinement that is not one of the named predicates of src/model/contract-rules.ts',
    );
    await expect(generate(z.strictObject({ when: z.date() }))).rejects.toThrow('probe.when: a schema of type "date"');
    await expect(generate(z.object({ a: z.looseObject({}) }))).rejects.toThrow(
      'probe.a: an object with a catchall other than never',
    );
    await expect(generate(z.string().check(z.email()))).rejects.toThrow('probe: the string format "email"');
  });
});
