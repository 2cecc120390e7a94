// The source of a zod-free checker generated from a zod/mini schema: one function per object,
// array, record, tuple and union of the schema, each testing its fields inline (as fast as a
// check written by hand), and recording what zod would record only when a test fails: a failing
// leaf value is explained from the leaf's schema as data (`explain`, src/shape/shape-context.ts).
// Refinements are called by name from src/model/contract-rules.ts; anything the generator does
// not know stops it, naming the place, rather than producing a checker looser than the schema.
import * as prettier from 'prettier';
import type * as z from 'zod/mini';
import { validSource } from './valid-source.js';
import {
  checkDefOf,
  defOf,
  functionName,
  JS,
  RULE_NAMES,
  type CheckDef,
  type CheckerSpec,
  type Def,
} from './zod-def.js';

export { validFile, validName, type CheckerSpec } from './zod-def.js';

class Generator {
  readonly #functions: string[] = [];
  readonly #constants: string[] = [];
  readonly #constantNames = new Map<string, string>();
  readonly #names = new Map<z.core.$ZodType, string>();
  readonly #taken = new Set<string>();
  readonly #rules = new Set<string>();
  readonly #helpers = new Set<string>(['type Key', 'type Leaf', 'type ShapeContext']);
  readonly #named: ReadonlyMap<z.core.$ZodType, string>;
  #memo = 0;
  #constant = 0;

  constructor(named: readonly (readonly [z.core.$ZodType, string])[]) {
    this.#named = new Map(named);
  }

  /** Stops the generator: the schema uses something this generator cannot check as zod does. */
  #refuse(where: string, what: string): never {
    throw new Error(
      `generate-checkers: ${where}: ${what}; teach scripts/checker-source.ts, or write the schema with what it knows`,
    );
  }

  #helper(name: string): string {
    this.#helpers.add(name);
    return name;
  }

  /** A module-level constant holding `code`, one per distinct code. */
  #constantFor(prefix: string, code: string): string {
    const known = this.#constantNames.get(code);
    if (known !== undefined) return known;
    const name = `${prefix}${this.#constant++}`;
    this.#constantNames.set(code, name);
    this.#constants.push(`const ${name} = ${code};`);
    return name;
  }

  #unique(name: string): string {
    let candidate = name;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${name}${n}`;
    this.#taken.add(candidate);
    return candidate;
  }

  /** The message a check gives (zod/mini's default when the schema gives none). */
  #message(check: CheckDef, where: string): string {
    const message = check.error?.() ?? 'Invalid input';
    if (typeof message !== 'string') this.#refuse(where, 'a check whose message is not a fixed text');
    return message;
  }

  #rule(check: CheckDef, where: string): string {
    const name = RULE_NAMES.get(check.fn);
    if (name === undefined)
      this.#refuse(where, 'a refinement that is not one of the named predicates of src/model/contract-rules.ts');
    this.#rules.add(name);
    return name;
  }

  #plainCheck(check: CheckDef, where: string): void {
    if (check.abort === true) this.#refuse(where, 'a check with `abort`');
    if (check.when !== undefined && check.check !== 'min_length')
      this.#refuse(where, `a "${check.check}" check with \`when\``);
  }

  /** The function checking a container schema (object, array, record, tuple, union), made once per schema. */
  functionFor(schema: z.core.$ZodType, where: string): string {
    const known = this.#names.get(schema);
    if (known !== undefined) return known;
    const name = this.#unique(this.#named.get(schema) ?? functionName(where));
    this.#names.set(schema, name);
    const def = defOf(schema);
    const body = ((): string => {
      switch (def.type) {
        case 'object':
          return this.#object(def, where);
        case 'array':
          return this.#array(def, where);
        case 'record':
          return this.#record(def, where);
        case 'tuple':
          return this.#tuple(def, where);
        case 'union':
          return this.#union(def, where);
        default:
          return this.#leafFunction(schema, where);
      }
    })();
    this.#functions.push(
      `/** ${where} */\nfunction ${name}(v: unknown, c: ShapeContext, k: Key): number {\n${body}\n}`,
    );
    return name;
  }

  /** Checks of a value in the variable `x` at key `key` (an expression), ORing the status into `s`. */
  statement(schema: z.core.$ZodType, key: string, where: string): string {
    const def = defOf(schema);
    switch (def.type) {
      case 'nullable':
        return `if (x !== null) {${this.statement(def.innerType!, key, where)}}`;
      case 'optional':
        return `if (x !== undefined) {${this.statement(def.innerType!, key, where)}}`;
      case 'object':
      case 'array':
      case 'record':
      case 'tuple':
      case 'union':
        return `s |= ${this.functionFor(schema, where)}(x, c, ${key});`;
      default:
        // A leaf: its test inline; only a value that fails it is explained, from the leaf as data.
        return `if (!(${this.passes(schema, 'x', where, true)!})) s |= ${this.#helper('explain')}(c, ${key}, x, ${this.#leaf(schema, where)});`;
    }
  }

  #oneOf(values: readonly unknown[], variable: string): string {
    return values.map((value) => `${variable} === ${JS(value)}`).join(' || ');
  }

  /**
   * A boolean expression that is true when `variable` passes the schema, for leaves (and nullable
   * leaves); else undefined. With `memo`, a string that passed checks depending on it alone is
   * remembered in a slot of the context, and the next equal string passes at once.
   */
  passes(schema: z.core.$ZodType, variable: string, where: string, memo = false): string | undefined {
    const def = defOf(schema);
    const checks = (def.checks ?? []).map(checkDefOf);
    for (const check of checks) this.#plainCheck(check, where);
    switch (def.type) {
      case 'nullable': {
        const inner = this.passes(def.innerType!, variable, where, memo);
        return inner === undefined ? undefined : `${variable} === null || (${inner})`;
      }
      case 'null':
        return `${variable} === null`;
      case 'boolean':
        return `typeof ${variable} === 'boolean'`;
      case 'enum':
        return this.#oneOf(Object.values(def.entries!), variable);
      case 'literal':
        return this.#oneOf(def.values!, variable);
      case 'string': {
        if (def.coerce === true) this.#refuse(where, 'a coercing string');
        const lengths: string[] = [];
        const others: string[] = [];
        for (const check of checks) {
          if (check.check === 'string_format' && check.format === 'regex')
            others.push(`${this.#regex(check.pattern!)}.test(${variable})`);
          else if (check.check === 'string_format') this.#refuse(where, `the string format "${check.format}"`);
          else if (check.check === 'min_length') lengths.push(`${variable}.length >= ${check.minimum!}`);
          else if (check.check === 'custom') others.push(`${this.#rule(check, where)}(${variable})`);
          else this.#refuse(where, `a string check "${check.check}"`);
        }
        if (others.length === 0 || !memo)
          return [`typeof ${variable} === 'string'`, ...lengths, ...others].join(' && ');
        const slot = this.#memo++;
        const tests = [...lengths, ...others, `${this.#helper('remember')}(c, ${slot}, ${variable})`].join(' && ');
        return `typeof ${variable} === 'string' && (${variable} === c.memo[${slot}] || (${tests}))`;
      }
      case 'number': {
        if (def.coerce === true) this.#refuse(where, 'a coercing number');
        if (def.format !== undefined && def.format !== 'safeint')
          this.#refuse(where, `the number format "${def.format}"`);
        const bounds: string[] = [];
        const others: string[] = [];
        for (const check of checks) {
          if (check.check === 'greater_than')
            bounds.push(`${variable} ${check.inclusive ? '>=' : '>'} ${check.value!}`);
          else if (check.check === 'less_than')
            bounds.push(`${variable} ${check.inclusive ? '<=' : '<'} ${check.value!}`);
          else if (check.check === 'custom') others.push(`${this.#rule(check, where)}(${variable})`);
          else this.#refuse(where, `a number check "${check.check}"`);
        }
        // zod's numbers are finite: a safe integer is; a number between two finite bounds is too.
        const bounded =
          checks.some((check) => check.check === 'greater_than') && checks.some((check) => check.check === 'less_than');
        const type = [
          ...(bounds.length + others.length > 0 || bounded ? [`typeof ${variable} === 'number'`] : []),
          ...(def.format === 'safeint'
            ? [`Number.isSafeInteger(${variable})`]
            : bounded
              ? []
              : [`Number.isFinite(${variable})`]),
        ];
        return [...type, ...bounds, ...others].join(' && ');
      }
      default:
        return undefined;
    }
  }

  #regex(pattern: RegExp): string {
    return this.#constantFor('PATTERN', `/${pattern.source}/${pattern.flags}`);
  }

  /** A leaf schema as data (src/shape/shape-context.ts `Leaf`), for `explain`. */
  #leaf(schema: z.core.$ZodType, where: string): string {
    const def = defOf(schema);
    const checks = (def.checks ?? []).map(checkDefOf).map((check) => {
      switch (check.check) {
        case 'string_format':
          return `['regex', ${this.#regex(check.pattern!)}, ${JS(this.#message(check, where))}]`;
        case 'min_length':
          return `['min_length', ${check.minimum!}]`;
        case 'greater_than':
          return `['${check.inclusive ? 'gte' : 'gt'}', ${check.value!}]`;
        case 'less_than':
          return `['${check.inclusive ? 'lte' : 'lt'}', ${check.value!}]`;
        case 'custom':
          return `['custom', ${this.#rule(check, where)}, ${JS(this.#message(check, where))}]`;
        default:
          return this.#refuse(where, `a check "${check.check}"`);
      }
    });
    const code = ((): string => {
      switch (def.type) {
        case 'string':
          return `['string', ${checks.join(', ')}]`;
        case 'number':
          return `['${def.format === 'safeint' ? 'int' : 'number'}', ${checks.join(', ')}]`;
        case 'boolean':
        case 'null':
          return `['${def.type}']`;
        case 'enum':
          return `['enum', ${JS(Object.values(def.entries!))}]`;
        case 'literal':
          return `['enum', ${JS(def.values)}]`;
        default:
          return this.#refuse(where, `a schema of type "${def.type}"`);
      }
    })();
    return this.#constantFor('LEAF', `${code} as const satisfies Leaf`);
  }

  /** A function for a leaf schema (a union's option, a record's key). */
  #leafFunction(schema: z.core.$ZodType, where: string): string {
    return `let s = 0; const x = v; ${this.statement(schema, 'k', where)} return s;`;
  }

  #fieldChecks(shape: Readonly<Record<string, z.core.$ZodType>>, where: string): string {
    return Object.entries(shape)
      .map(([name, field]) => `{const x = v[${JS(name)}]; ${this.statement(field, JS(name), `${where}.${name}`)}}`)
      .join('\n');
  }

  /** The object-level checks (refinements of the whole object), after its fields, when none stopped them. */
  #objectChecks(def: Def, where: string): string {
    return (def.checks ?? [])
      .map(checkDefOf)
      .map((check) => {
        this.#plainCheck(check, where);
        if (check.check !== 'custom') this.#refuse(where, `an object check "${check.check}"`);
        return `if (s < ${this.#helper('ABORTED')} && !${this.#rule(check, where)}(v)) s |= ${this.#helper('customIssue')}(c, k, v, ${JS(this.#message(check, where))});`;
      })
      .join('');
  }

  #object(def: Def, where: string): string {
    const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
    if (def.catchall !== undefined && !strict) this.#refuse(where, 'an object with a catchall other than never');
    const keys = this.#constantFor('KEYS', `${this.#helper('keyList')}(${JS(Object.keys(def.shape!))})`);
    return [
      `if (!${this.#helper('isObject')}(v)) return ${this.#helper('typeIssue')}(c, k, v, 'object');`,
      'if (k !== undefined) c.path.push(k);',
      'let s = 0;',
      this.#fieldChecks(def.shape!, where),
      strict ? `s |= ${this.#helper('unknownKeys')}(c, v, ${keys});` : '',
      'if (k !== undefined) c.path.pop();',
      this.#objectChecks(def, where),
      'return s;',
    ]
      .filter((line) => line !== '')
      .join('\n');
  }

  #array(def: Def, where: string): string {
    const lengths = (def.checks ?? []).map(checkDefOf);
    const afterType: string[] = [];
    const after: string[] = [];
    for (const check of lengths) {
      this.#plainCheck(check, where);
      if (check.check !== 'min_length') this.#refuse(where, `an array check "${check.check}"`);
      if (check.minimum! > 1)
        this.#refuse(where, 'an array of at least 2 items (an aborted item would stop the check)');
      afterType.push(`s |= ${this.#helper('lengthAfterType')}(c, k, v, ${check.minimum!});`);
      after.push(
        `if (v.length < ${check.minimum!}) s |= ${this.#helper('tooSmall')}(c, k, v, ${check.minimum!}, 'array');`,
      );
    }
    return [
      afterType.length === 0
        ? `if (!Array.isArray(v)) return ${this.#helper('typeIssue')}(c, k, v, 'array');`
        : `if (!Array.isArray(v)) {let s = ${this.#helper('typeIssue')}(c, k, v, 'array'); ${afterType.join('')} return s;}`,
      'if (k !== undefined) c.path.push(k);',
      'let s = 0;',
      `for (let i = 0; i < v.length; i++) {const x: unknown = v[i]; ${this.statement(def.element!, 'i', `${where}[]`)}}`,
      'if (k !== undefined) c.path.pop();',
      ...after,
      'return s;',
    ].join('\n');
  }

  #record(def: Def, where: string): string {
    const keyDef = defOf(def.keyType!);
    if (def.mode !== undefined && def.mode !== 'strict') this.#refuse(where, `a ${def.mode} record`);
    const isRecord = this.#helper('isRecord');
    const start = [
      `if (!${isRecord}(v)) return ${this.#helper('typeIssue')}(c, k, v, 'record');`,
      'if (k !== undefined) c.path.push(k);',
      'let s = 0;',
    ];
    const end = ['if (k !== undefined) c.path.pop();', 'return s;'];
    if (keyDef.type === 'enum' && def.partial !== true) {
      // Every key of the enum, each required: a strict object whose fields share one schema.
      const names = Object.values(keyDef.entries!).map(String);
      const shape = Object.fromEntries(names.map((name) => [name, def.valueType!]));
      const keys = this.#constantFor('KEYS', `${this.#helper('keyList')}(${JS(names)})`);
      return [
        ...start,
        this.#fieldChecks(shape, where),
        `s |= ${this.#helper('unknownKeys')}(c, v, ${keys});`,
        ...end,
      ].join('\n');
    }
    if (keyDef.type === 'enum') {
      // Keys outside the enum are unknown keys, as zod reports them; absent keys are fine.
      const values = Object.values(keyDef.entries!);
      return [
        ...start,
        'let unknown: string[] | undefined;',
        `for (const key in v) {if (!Object.hasOwn(v, key)) continue; if (!(${this.#oneOf(values, 'key')})) {(unknown ??= []).push(key); continue;} const x = v[key]; ${this.statement(def.valueType!, 'key', `${where}.*`)}}`,
        `if (unknown !== undefined) s |= ${this.#helper('keysIssue')}(c, v, unknown);`,
        ...end,
      ].join('\n');
    }
    if (keyDef.type !== 'string') this.#refuse(where, `a record whose keys are of type "${keyDef.type}"`);
    const keyPasses = this.passes(def.keyType!, 'key', `${where} (key)`)!;
    const keyCheck = this.functionFor(def.keyType!, `${where} (key)`);
    const slot = this.#memo++;
    return [
      ...start,
      // A record's __proto__ key is checked like any other (zod skips it, parseWith refuses it first).
      `for (const key in v) {if (!Object.hasOwn(v, key)) continue; if (key !== c.memo[${slot}]) {if (!(${keyPasses})) {s |= ${this.#helper('keyIssue')}(c, key, ${keyCheck}); continue;} c.memo[${slot}] = key;} const x = v[key]; ${this.statement(def.valueType!, 'key', `${where}.*`)}}`,
      ...end,
    ].join('\n');
  }

  #tuple(def: Def, where: string): string {
    if (def.rest !== null && def.rest !== undefined) this.#refuse(where, 'a tuple with a rest');
    const items = def.items!;
    for (const item of items) if (defOf(item).type === 'optional') this.#refuse(where, 'a tuple with optional items');
    const n = items.length;
    const aborted = this.#helper('ABORTED');
    return [
      `if (!Array.isArray(v)) return ${this.#helper('typeIssue')}(c, k, v, 'tuple');`,
      `if (v.length < ${n}) return ${this.#helper('tooSmall')}(c, k, v, ${n}, 'array', true, ${aborted});`,
      'let s = 0;',
      `if (v.length > ${n}) s |= ${this.#helper('tooBig')}(c, k, v, ${n}, 'array', true, ${aborted});`,
      'if (k !== undefined) c.path.push(k);',
      ...items.map((item, i) => `{const x: unknown = v[${i}]; ${this.statement(item, String(i), `${where}[${i}]`)}}`),
      'if (k !== undefined) c.path.pop();',
      'return s;',
    ].join('\n');
  }

  #union(def: Def, where: string): string {
    const options = def.options!;
    const tests = options.map((option) => this.passes(option, 'v', where));
    const functions = options.map((option, i) => this.functionFor(option, `${where}|${i}`));
    const quick = tests.every((test) => test !== undefined)
      ? `if (${tests.map((test) => `(${test})`).join(' || ')}) return 0;`
      : '';
    return `${quick} return ${this.#helper('union')}(c, k, v, [${functions.join(', ')}]);`;
  }

  /** The whole module. */
  module(spec: CheckerSpec): string {
    const root = this.functionFor(spec.schema, this.#named.get(spec.schema) ?? spec.name);
    const rules = [...this.#rules].sort();
    const helpers = [...this.#helpers].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
    return [
      `// Generated by scripts/generate-checkers.ts from ${spec.from}: do not edit; after changing\n` +
        '// the schema, run `npm run schema` (test/shape/generated.test.ts fails while this file is stale).',
      rules.length > 0 ? `import { ${rules.join(', ')} } from '../../model/contract-rules.js';` : '',
      `import { ${helpers.join(', ')} } from '../shape-context.js';`,
      ...this.#constants,
      ...this.#functions,
      `/** The check of ${spec.from}. */`,
      `export const ${spec.name}: (value: unknown, context: ShapeContext, key: Key) => number = ${root};`,
      '',
    ].join('\n\n');
  }
}

/** The text of the checker module for `spec` (or, with `valid`, of its validity test, scripts/valid-source.ts), formatted as the repository formats TypeScript. */
export async function checkerSource(
  spec: CheckerSpec,
  file: string,
  mode: 'check' | 'valid' = 'check',
): Promise<string> {
  const code = mode === 'valid' ? validSource(spec) : new Generator(spec.named ?? []).module(spec);
  const options = await prettier.resolveConfig(file);
  return prettier.format(code, { ...options, filepath: file });
}
