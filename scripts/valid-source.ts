// The source of a contract's validity test (src/shape/generated/*-valid.ts), generated from its
// zod/mini schema: the schema written again with the builders of src/shape/validity.ts, as data
// (`object({ period: text({ rules: [isPeriodKey] }), … })`), which that module's small walker
// tests. It only says whether a document passes and where it first fails; the checker beside it
// (checker-source.ts) says what is wrong. Refinements are called by name from
// src/model/contract-rules.ts; anything this generator does not know stops it, naming the place,
// rather than producing a test looser than the schema.
import type * as z from 'zod/mini';
import { MAX_FIELDS } from '../src/shape/validity.js';
import {
  checkDefOf,
  defOf,
  functionName,
  JS,
  RULE_NAMES,
  validName,
  type CheckDef,
  type CheckerSpec,
} from './zod-def.js';

/** Every schema inside `schema` (itself included), with how many places use it. */
function uses(schema: z.core.$ZodType, counts = new Map<z.core.$ZodType, number>()): Map<z.core.$ZodType, number> {
  const seen = counts.has(schema);
  counts.set(schema, (counts.get(schema) ?? 0) + 1);
  if (seen) return counts;
  const def = defOf(schema);
  const children = [
    ...Object.values(def.shape ?? {}),
    ...(def.options ?? []),
    ...(def.items ?? []),
    ...[def.element, def.innerType, def.keyType].filter((child) => child !== undefined),
  ];
  // An enum-keyed record's value schema is one field per key.
  const keyDef = def.keyType === undefined ? undefined : defOf(def.keyType);
  const perKey = keyDef?.type === 'enum' && def.partial !== true ? Object.keys(keyDef.entries!).length : 1;
  for (let i = 0; i < perKey && def.valueType !== undefined; i++) children.push(def.valueType);
  for (const child of children) uses(child, counts);
  return counts;
}

class ValidGenerator {
  readonly #constants: string[] = [];
  readonly #patterns = new Map<string, string>();
  readonly #names = new Map<z.core.$ZodType, string>();
  readonly #taken = new Set<string>();
  readonly #rules = new Set<string>();
  readonly #builders = new Set<string>(['type Test']);
  readonly #named: ReadonlyMap<z.core.$ZodType, string>;
  readonly #uses: ReadonlyMap<z.core.$ZodType, number>;

  constructor(spec: CheckerSpec) {
    this.#named = new Map(spec.named ?? []);
    this.#uses = uses(spec.schema);
  }

  /** Stops the generator: the schema uses something this generator cannot test as zod does. */
  #refuse(where: string, what: string): never {
    throw new Error(
      `generate-checkers: ${where}: ${what}; teach scripts/valid-source.ts, or write the schema with what it knows`,
    );
  }

  #builder(name: string): string {
    this.#builders.add(name);
    return name;
  }

  #rule(check: CheckDef, where: string): string {
    const name = RULE_NAMES.get(check.fn);
    if (name === undefined)
      this.#refuse(where, 'a refinement that is not one of the named predicates of src/model/contract-rules.ts');
    this.#rules.add(name);
    return name;
  }

  #checks(schema: z.core.$ZodType, where: string): CheckDef[] {
    const checks = (defOf(schema).checks ?? []).map(checkDefOf);
    for (const check of checks) {
      if (check.abort === true) this.#refuse(where, 'a check with `abort`');
      if (check.when !== undefined && check.check !== 'min_length')
        this.#refuse(where, `a "${check.check}" check with \`when\``);
    }
    return checks;
  }

  #pattern(pattern: RegExp): string {
    const code = `/${pattern.source}/${pattern.flags}`;
    let name = this.#patterns.get(code);
    if (name === undefined) {
      name = `PATTERN${this.#patterns.size}`;
      this.#patterns.set(code, name);
      this.#constants.push(`const ${name} = ${code};`);
    }
    return name;
  }

  #unique(name: string): string {
    let candidate = name;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${name}${n}`;
    this.#taken.add(candidate);
    return candidate;
  }

  /** A builder's options as an object literal, leaving out those not given: `{ minimum: 1 }`. */
  #options(options: Readonly<Record<string, string | undefined>>): string {
    const given = Object.entries(options).filter(([, value]) => value !== undefined);
    return given.length === 0 ? '' : `{ ${given.map(([name, value]) => `${name}: ${value!}`).join(', ')} }`;
  }

  #ruleList(rules: readonly string[]): string | undefined {
    return rules.length === 0 ? undefined : `[${rules.join(', ')}]`;
  }

  /** The test of `schema`: a constant of its own when it is named or used in more than one place. */
  test(schema: z.core.$ZodType, where: string): string {
    const known = this.#names.get(schema);
    if (known !== undefined) return known;
    const code = this.#expression(schema, where);
    const container = ['object', 'array', 'record', 'tuple', 'union'].includes(defOf(schema).type);
    if (!this.#named.has(schema) && !(container && this.#uses.get(schema)! > 1)) return code;
    const name = this.#unique(this.#named.get(schema) ?? functionName(where));
    this.#names.set(schema, name);
    this.#constants.push(`/** ${where} */\nconst ${name} = ${code};`);
    return name;
  }

  #fields(shape: Readonly<Record<string, z.core.$ZodType>>, where: string): string {
    if (Object.keys(shape).length > MAX_FIELDS) this.#refuse(where, `an object of more than ${MAX_FIELDS} fields`);
    const fields = Object.entries(shape).map(([name, field]) => {
      // An object literal's __proto__ would set its prototype, not a field.
      if (name === '__proto__') this.#refuse(where, 'a field named __proto__');
      return `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JS(name)}: ${this.test(field, `${where}.${name}`)}`;
    });
    return `{ ${fields.join(', ')} }`;
  }

  #expression(schema: z.core.$ZodType, where: string): string {
    const def = defOf(schema);
    const checks = this.#checks(schema, where);
    switch (def.type) {
      case 'nullable':
        return `${this.#builder('nullable')}(${this.test(def.innerType!, where)})`;
      case 'optional':
        return `${this.#builder('optional')}(${this.test(def.innerType!, where)})`;
      case 'null':
        return this.#builder('isNull');
      case 'boolean':
        return this.#builder('isBoolean');
      case 'enum':
        return `${this.#builder('oneOf')}(${Object.values(def.entries!).map(JS).join(', ')})`;
      case 'literal':
        return `${this.#builder('oneOf')}(${def.values!.map(JS).join(', ')})`;
      case 'string': {
        if (def.coerce === true) this.#refuse(where, 'a coercing string');
        let minimum: string | undefined;
        let pattern: string | undefined;
        const rules: string[] = [];
        for (const check of checks) {
          if (check.check === 'string_format' && check.format === 'regex') {
            if (pattern !== undefined) this.#refuse(where, 'a string with two patterns');
            pattern = this.#pattern(check.pattern!);
          } else if (check.check === 'string_format') this.#refuse(where, `the string format "${check.format}"`);
          else if (check.check === 'min_length')
            minimum = String(Math.max(check.minimum!, minimum === undefined ? 0 : Number(minimum)));
          else if (check.check === 'custom') rules.push(this.#rule(check, where));
          else this.#refuse(where, `a string check "${check.check}"`);
        }
        return `${this.#builder('text')}(${this.#options({ minimum, pattern, rules: this.#ruleList(rules) })})`;
      }
      case 'number': {
        if (def.coerce === true) this.#refuse(where, 'a coercing number');
        if (def.format !== undefined && def.format !== 'safeint')
          this.#refuse(where, `the number format "${def.format}"`);
        const bounds: Record<string, string> = {};
        const rules: string[] = [];
        for (const check of checks) {
          const bound =
            check.check === 'greater_than'
              ? check.inclusive === true
                ? 'gte'
                : 'gt'
              : check.check === 'less_than'
                ? check.inclusive === true
                  ? 'lte'
                  : 'lt'
                : undefined;
          if (bound !== undefined) {
            if (bounds[bound] !== undefined) this.#refuse(where, `two "${bound}" bounds`);
            bounds[bound] = String(check.value!);
          } else if (check.check === 'custom') rules.push(this.#rule(check, where));
          else this.#refuse(where, `a number check "${check.check}"`);
        }
        const integer = def.format === 'safeint' ? 'true' : undefined;
        return `${this.#builder('number')}(${this.#options({ integer, ...bounds, rules: this.#ruleList(rules) })})`;
      }
      case 'object': {
        const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
        if (def.catchall !== undefined && !strict) this.#refuse(where, 'an object with a catchall other than never');
        const rules = checks.map((check) => {
          if (check.check !== 'custom') this.#refuse(where, `an object check "${check.check}"`);
          return this.#rule(check, where);
        });
        const extra = rules.length > 0 ? `, ${String(strict)}, [${rules.join(', ')}]` : strict ? '' : ', false';
        return `${this.#builder('object')}(${this.#fields(def.shape!, where)}${extra})`;
      }
      case 'array': {
        let minimum = 0;
        for (const check of checks) {
          if (check.check !== 'min_length') this.#refuse(where, `an array check "${check.check}"`);
          minimum = Math.max(minimum, check.minimum!);
        }
        return `${this.#builder('array')}(${this.test(def.element!, `${where}[]`)}${minimum > 0 ? `, ${minimum}` : ''})`;
      }
      case 'record': {
        if (def.mode !== undefined && def.mode !== 'strict') this.#refuse(where, `a ${def.mode} record`);
        const keyDef = defOf(def.keyType!);
        if (keyDef.type === 'enum' && def.partial !== true) {
          // Every key of the enum, each required: a strict object whose fields share one schema.
          const shape = Object.fromEntries(Object.values(keyDef.entries!).map((name) => [name, def.valueType!]));
          return `${this.#builder('object')}(${this.#fields(shape, where)})`;
        }
        if (keyDef.type === 'enum') {
          // Keys outside the enum are unknown keys, as zod reports them; absent keys are fine.
          const keys = Object.values(keyDef.entries!).map(JS).join(', ');
          return `${this.#builder('partialRecord')}([${keys}], ${this.test(def.valueType!, `${where}.*`)})`;
        }
        if (keyDef.type !== 'string') this.#refuse(where, `a record whose keys are of type "${keyDef.type}"`);
        return `${this.#builder('record')}(${this.test(def.keyType!, `${where} (key)`)}, ${this.test(def.valueType!, `${where}.*`)})`;
      }
      case 'tuple': {
        if (def.rest !== null && def.rest !== undefined) this.#refuse(where, 'a tuple with a rest');
        const items = def.items!.map((item, i) => {
          if (defOf(item).type === 'optional') this.#refuse(where, 'a tuple with optional items');
          return this.test(item, `${where}[${i}]`);
        });
        return `${this.#builder('tuple')}(${items.join(', ')})`;
      }
      case 'union': {
        const options = def.options!.map((option, i) => this.test(option, `${where}|${i}`));
        return `${this.#builder('union')}(${options.join(', ')})`;
      }
      default:
        return this.#refuse(where, `a schema of type "${def.type}"`);
    }
  }

  /** The whole module. */
  module(spec: CheckerSpec): string {
    const root = this.test(spec.schema, this.#named.get(spec.schema) ?? spec.name);
    const rules = [...this.#rules].sort();
    const builders = [...this.#builders].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
    return [
      `// Generated by scripts/generate-checkers.ts from ${spec.from}: do not edit; after changing\n` +
        '// the schema, run `npm run schema` (test/shape/generated.test.ts fails while this file is stale).\n' +
        `// Whether a value passes, and where it first fails; ${spec.name} (beside) says what is wrong.`,
      rules.length > 0 ? `import { ${rules.join(', ')} } from '../../model/contract-rules.js';` : '',
      `import { ${builders.join(', ')} } from '../validity.js';`,
      ...this.#constants,
      `/** Whether a value is a valid ${spec.from}; when not, the path of the first failure found is on \`context.path\`. */`,
      `export const ${validName(spec)}: Test = ${root};`,
      '',
    ].join('\n\n');
  }
}

/** The unformatted text of the validity test of `spec`. */
export const validSource = (spec: CheckerSpec): string => new ValidGenerator(spec).module(spec);
