/**
 * A small JSON Schema (draft 2020-12) validator for the keywords our feed schema uses. Any other
 * keyword makes it throw, so the schema can never carry a rule these tests silently ignore.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'minimum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf',
]);

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const match = /^#\/\$defs\/([\w-]+)$/.exec(ref);
    const defs = root.$defs as Record<string, Schema> | undefined;
    if (!match || !defs?.[match[1]]) throw new Error(`Unresolvable $ref ${ref}`);
    return defs[match[1]];
  };
  const check = (schema: Schema, data: unknown, path: string): boolean => {
    const before = errors.length;
    const fail = (message: string) => errors.push(`${path || '/'}: ${message}`);
    for (const key of Object.keys(schema)) {
      if (!KNOWN.has(key)) throw new Error(`Unsupported schema keyword ${key} at ${path}`);
    }
    if (schema.$ref) check(resolve(schema.$ref as string), data, path);
    if (schema.type !== undefined) {
      const type = typeOf(data);
      const ok = schema.type === type || (schema.type === 'number' && type === 'integer');
      if (!ok) fail(`expected ${String(schema.type)}, got ${type}`);
    }
    if ('const' in schema && data !== schema.const)
      fail(`expected ${JSON.stringify(schema.const)}`);
    if (schema.enum && !(schema.enum as unknown[]).includes(data)) {
      fail(`${JSON.stringify(data)} is not one of ${JSON.stringify(schema.enum)}`);
    }
    if (typeof data === 'string') {
      if (schema.pattern && !new RegExp(schema.pattern as string, 'u').test(data)) {
        fail(`${JSON.stringify(data)} does not match ${String(schema.pattern)}`);
      }
      if (typeof schema.minLength === 'number' && [...data].length < schema.minLength) {
        fail(`shorter than ${schema.minLength}`);
      }
    }
    if (typeof data === 'number' && typeof schema.minimum === 'number' && data < schema.minimum) {
      fail(`${data} is below ${schema.minimum}`);
    }
    if (typeOf(data) === 'object') {
      const record = data as Record<string, unknown>;
      for (const key of (schema.required as string[] | undefined) ?? []) {
        if (!(key in record)) fail(`missing ${key}`);
      }
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, item] of Object.entries(record)) {
        if (properties[key]) check(properties[key], item, `${path}/${key}`);
        else if (schema.additionalProperties === false) fail(`unexpected property ${key}`);
      }
    }
    if (Array.isArray(data) && schema.items) {
      data.forEach((item, i) => check(schema.items as Schema, item, `${path}/${i}`));
    }
    for (const [keyword, needed] of [
      ['oneOf', 1],
      ['anyOf', 0],
    ] as const) {
      const options = schema[keyword] as Schema[] | undefined;
      if (!options) continue;
      const mark = errors.length;
      const passed = options.filter((option) => {
        const start = errors.length;
        const ok = check(option, data, path);
        errors.length = start;
        return ok;
      }).length;
      errors.length = mark;
      if (needed === 1 ? passed !== 1 : passed === 0) {
        fail(`matches ${passed} of the ${keyword} options`);
      }
    }
    return errors.length === before;
  };
  check(root, value, '');
  return errors;
}
