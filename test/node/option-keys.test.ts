// lawgauge/node's functions with an options object refuse a key they do not have, naming the
// nearest known one, before touching the file or the engine.
import { describe, expect, it } from 'vitest';
import { LawGaugeError, REFORM_TASKS_DATASET, type SqlConnection } from '../../src/index.js';
import { createFileView, readDatasetFile } from '../../src/node/index.js';

async function refusal(promise: Promise<unknown>): Promise<LawGaugeError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LawGaugeError);
  return error as LawGaugeError;
}

describe('lawgauge/node refuses unknown options', () => {
  it('readDatasetFile: a misspelt encoding, before the file is opened', async () => {
    const options = { dataset: REFORM_TASKS_DATASET, encodng: 'gb18030' };
    const error = await refusal(readDatasetFile('no/such/file.csv', options as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('options.encodng: unknown key "encodng"; did you mean "encoding"?');
  });

  it('createFileView: a misspelt mapping, before any query', async () => {
    const queries: string[] = [];
    const connection: SqlConnection = {
      dialect: 'duckdb',
      query: (sql) => {
        queries.push(sql);
        return Promise.resolve([]);
      },
    };
    const error = await refusal(
      createFileView(connection, 'tasks', REFORM_TASKS_DATASET, 'tasks.csv', { maping: {} } as never),
    );
    expect(error.issues[0]).toMatchObject({ code: 'unknown_key', params: { key: 'maping', suggestion: 'mapping' } });
    expect(queries).toEqual([]);
  });
});
