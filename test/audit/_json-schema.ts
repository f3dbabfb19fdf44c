// A small JSON Schema (draft 2020-12) checker for the keywords the `cchc` schema kit emits, so that the tests can show
// that the documents the audits accept are accepted by the JSON Schema shipped in the package (no validator is a
// dependency of the project). Returns the paths that fail, empty when the value is valid.
type JsonSchema = Record<string, unknown>;

export function jsonSchemaErrors(schema: JsonSchema, value: unknown): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const errors: string[] = [];
  const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const check = (s: JsonSchema, v: unknown, path: string): boolean => {
    if (typeof s.$ref === 'string') return check(defs[s.$ref.replace('#/$defs/', '')]!, v, path);
    if ('const' in s && v !== s.const) return fail(path, `const ${JSON.stringify(s.const)}`);
    if (Array.isArray(s.enum) && !s.enum.includes(v as never)) return fail(path, `enum ${JSON.stringify(s.enum)}`);
    if (typeof s.type === 'string') {
      const t = typeOf(v);
      const ok = s.type === 'integer' ? typeof v === 'number' && Number.isInteger(v) : s.type === t;
      if (!ok) return fail(path, `type ${s.type}, got ${t}`);
    }
    if (typeof v === 'string') {
      if (typeof s.minLength === 'number' && v.length < s.minLength) return fail(path, 'minLength');
      if (typeof s.maxLength === 'number' && v.length > s.maxLength) return fail(path, 'maxLength');
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) return fail(path, 'pattern');
    }
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) return fail(path, 'minimum');
      if (typeof s.maximum === 'number' && v > s.maximum) return fail(path, 'maximum');
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === 'number' && v.length < s.minItems) return fail(path, 'minItems');
      if (typeof s.maxItems === 'number' && v.length > s.maxItems) return fail(path, 'maxItems');
      if (s.items && !v.every((x, i) => check(s.items as JsonSchema, x, `${path}/${i}`))) return false;
    }
    if (typeOf(v) === 'object') {
      const o = v as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      for (const r of (s.required ?? []) as string[]) if (!(r in o)) return fail(path, `required ${r}`);
      for (const [k, x] of Object.entries(o)) {
        if (k in props) {
          if (!check(props[k]!, x, `${path}/${k}`)) return false;
        } else if (s.additionalProperties === false) return fail(`${path}/${k}`, 'additionalProperties');
        else if (typeof s.additionalProperties === 'object' && !check(s.additionalProperties as JsonSchema, x, `${path}/${k}`))
          return false;
        if (s.propertyNames && !check(s.propertyNames as JsonSchema, k, `${path}/${k}`)) return false;
      }
    }
    if (Array.isArray(s.anyOf) && !s.anyOf.some((x) => quiet(x as JsonSchema, v))) return fail(path, 'anyOf');
    if (Array.isArray(s.oneOf) && s.oneOf.filter((x) => quiet(x as JsonSchema, v)).length !== 1) {
      // report the branch with the matching tag, if any, for a readable error
      const branch = (s.oneOf as JsonSchema[]).find((x) => {
        const p = x.properties as Record<string, JsonSchema> | undefined;
        return p && Object.entries(p).some(([k, y]) => 'const' in y && (v as Record<string, unknown>)?.[k] === y.const);
      });
      if (branch) return check(branch, v, path);
      return fail(path, 'oneOf');
    }
    return true;
  };
  const quiet = (s: JsonSchema, v: unknown): boolean => {
    const before = errors.length;
    const ok = check(s, v, '');
    errors.length = before;
    return ok;
  };
  const fail = (path: string, what: string): false => {
    errors.push(`${path || '/'}: ${what}`);
    return false;
  };
  check(schema, value, '');
  return errors;
}
