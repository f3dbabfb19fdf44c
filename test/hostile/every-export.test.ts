// Issue 12, Deliver 3: a property run over EVERY export of `cchc`, `cchc/datasets`, `cchc/zod` and `cchc/xlsx` — functions, the
// methods of the objects they return (a WorkCalendar…), every exported schema, every exported constant. Each is called
// with random and hostile values (null options, prototype names as values and as keys, NFC/NFD Vietnamese, -0, NaN,
// ±Infinity, huge and sparse arrays, deep nesting and cycles, long strings, Dates, Maps, frozen objects, library
// objects passed back in with a field changed) and must give a value or a CchcError: never another throw, never NaN,
// ±Infinity or `undefined` in what it returns (deep scan), never a hang.
//
// Budgets: a fixed seed (CCHC_FUZZ_SEED to change it, e.g. to a fresh one in a nightly run) and a bounded number of runs
// per function (CCHC_FUZZ_RUNS, default 100 in the UTC project and a quarter of that in the three other time-zone
// projects, times the case's weight), each run also capped in wall time (CCHC_FUZZ_MS, default 300 ms / 75 ms) so that
// the whole file stays within about a minute on a loaded 2-core machine; a single call over 2 s of CPU time is a
// finding. Failures are collected (not shrunk) and printed once, with the seed.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cchc from 'cchc';
import * as datasets from 'cchc/datasets';
import * as cchcZod from 'cchc/zod';
import * as xlsx from 'cchc/xlsx';
import { CASES, LIBRARY_OBJECTS, METHOD_SAMPLES, SCHEMA_SAMPLES, type Case } from './_cases.js';
import { errorProblem, isDecimal, reachable, scanOutput } from './_scan.js';
import { PROTOTYPE_NAMES, hostileArbitrary, hostileAtoms } from './_values.js';

/** Exports that are not fuzzed, each with the reason. Anything else exported must have a case in _cases.ts. */
const EXEMPT: Readonly<Record<string, string>> = {
  CchcDecimal:
    "decimal.js's own constructor (a clone), exported so that callers build Decimals the library reads; what it throws is decimal.js's documented DecimalError. The Decimals it makes (NaN, ±Infinity, 10^(10^9), -0) are in the hostile pool of every other function.",
  Schema: 'the abstract base class of the schema kit (it cannot be instantiated); every exported schema, an instance of it, is run below.',
};

const ENTRIES = { cchc, 'cchc/datasets': datasets, 'cchc/zod': cchcZod, 'cchc/xlsx': xlsx } as const;

const isSchema = (v: unknown): v is cchc.Schema<unknown> => v instanceof cchc.Schema;

/** Every exported function (classes included), by entry and name; schemas are objects and have their own run. */
const FUNCTIONS: { entry: string; name: string; fn: (...args: unknown[]) => unknown }[] = [];
const SCHEMAS: { name: string; schema: cchc.Schema<unknown> }[] = [];
const CONSTANTS: { entry: string; name: string; value: unknown }[] = [];
for (const [entry, mod] of Object.entries(ENTRIES)) {
  for (const [name, value] of Object.entries(mod as Record<string, unknown>)) {
    if (typeof value === 'function') FUNCTIONS.push({ entry, name, fn: value as (...args: unknown[]) => unknown });
    else if (isSchema(value)) SCHEMAS.push({ name, schema: value });
    else CONSTANTS.push({ entry, name, value });
  }
}

// ————————————————————————————————— budgets —————————————————————————————————

const IN_MAIN_ZONE = (process.env.TZ ?? 'UTC') === 'UTC';
const BASE_MS = Number(process.env.CCHC_FUZZ_MS ?? (IN_MAIN_ZONE ? 300 : 75));
const BASE_RUNS = Number(process.env.CCHC_FUZZ_RUNS ?? (IN_MAIN_ZONE ? 100 : 25));
const SEED = Number(process.env.CCHC_FUZZ_SEED ?? 20_260_512);
/** A call using more CPU time than this is a hang (a linear function on the largest hostile value takes ~10 ms). */
const SLOW_CALL_CPU_MS = Number(process.env.CCHC_FUZZ_SLOW_MS ?? 2000);
/** How long a returned promise or async iterable may take to settle. */
const ASYNC_LIMIT_MS = 5000;

// ————————————————————————————————— hostile values —————————————————————————————————

/** Freeze plain objects and arrays deeply (not class instances, typed arrays or functions), so a function that mutates
 * its input throws instead of changing the values the next calls get. */
function freezePlain<T>(value: T): T {
  const seen = new Set<unknown>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) continue;
    if (!Array.isArray(v) || v.length <= 10_000) for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
    Object.freeze(v);
  }
  return value;
}

const ATOMS = [...hostileAtoms(), ...LIBRARY_OBJECTS].map((a) => freezePlain(a));
const HOSTILE = hostileArbitrary(ATOMS);
for (const c of Object.values(CASES)) freezePlain(c.valid);

const isContainer = (v: unknown): v is Record<string | number, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
};
const shallow = (v: Record<string | number, unknown>): Record<string | number, unknown> =>
  Array.isArray(v)
    ? (v.slice() as unknown as Record<number, unknown>)
    : Object.assign(Object.create(Object.getPrototypeOf(v) as object | null) as object, v);

/** A small change of a primitive: another normal form, a sign, a text for a number, a prototype name. */
function variant(v: unknown, k: number): unknown {
  if (typeof v === 'string')
    return [v.normalize('NFD'), ` ${v} `, v.toUpperCase(), PROTOTYPE_NAMES[k % PROTOTYPE_NAMES.length], `${v}\u0000`, v.repeat(3), ''][
      k % 7
    ];
  if (typeof v === 'number') return [-0, -v, v + 0.5, Number.NaN, v * 1e20, String(v), BigInt(Math.trunc(v))][k % 7];
  if (typeof v === 'boolean') return ['true', 0, !v][k % 3];
  return [PROTOTYPE_NAMES[k % PROTOTYPE_NAMES.length], null, {}][k % 3];
}

/**
 * A copy of `root` (copied only along the path walked) with one change at the end of the walk: a value replaced by a
 * hostile one, a key added (a prototype name as an own key, or a typo), a key deleted (a hole in an array), a value
 * varied, the object frozen, a trailing hole, a cycle, a number written as text.
 */
function mutate(root: unknown, walk: readonly number[], hostile: unknown, op: number): unknown {
  if (!isContainer(root)) return op % 2 === 0 ? hostile : variant(root, walk[0] ?? 0);
  const copy = shallow(root);
  let node = copy;
  for (const step of walk.slice(0, -1)) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const k = keys[step % keys.length]!;
    const child = node[k];
    if (!isContainer(child)) break;
    const c = shallow(child);
    node[k] = c;
    node = c;
  }
  const keys = Object.keys(node);
  const last = walk[walk.length - 1] ?? 0;
  const k = keys.length > 0 ? keys[last % keys.length]! : Array.isArray(node) ? '0' : 'x';
  switch (op % 9) {
    case 0:
      node[k] = hostile;
      break;
    case 1: {
      // An own key named like a prototype member (as JSON.parse makes it), or a typo of a known key.
      const key = last % 2 === 0 ? PROTOTYPE_NAMES[last % PROTOTYPE_NAMES.length]! : `${k}x`;
      Object.defineProperty(node, key, { value: hostile, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 2:
      delete node[k];
      break;
    case 3:
      node[k] = variant(node[k], last);
      break;
    case 4:
      node[k] = hostile;
      Object.freeze(node);
      break;
    case 5:
      if (Array.isArray(node)) node.length += 1;
      else node[k] = 'toString';
      break;
    case 6:
      node[k] = node; // a cycle
      break;
    case 7:
      // A number as text, anything else as it comes back from JSON (Decimals and Dates as strings, holes as null).
      node[k] =
        typeof node[k] === 'number'
          ? String(node[k])
          : JSON.parse(JSON.stringify(node[k], (_, x) => (typeof x === 'bigint' ? String(x) : x)) ?? 'null');
      break;
    default:
      node[k] = [node[k], hostile];
  }
  return copy;
}

/** Argument lists for a case: valid, wholly hostile, one argument replaced, or one value deep inside changed. */
function argsArbitrary(c: Case): fc.Arbitrary<unknown[]> {
  const valid = c.valid.length > 0 ? c.valid : [[]];
  const arity = Math.min(4, Math.max(...valid.map((v) => v.length)) + 1);
  const pick = fc.nat(valid.length - 1);
  return fc.oneof(
    { weight: 1, arbitrary: pick.map((v) => [...valid[v]!]) },
    { weight: 2, arbitrary: fc.array(HOSTILE, { maxLength: arity }) },
    {
      weight: 3,
      arbitrary: fc.tuple(pick, fc.nat(arity - 1), HOSTILE).map(([v, i, h]) => {
        const a = [...valid[v]!];
        while (a.length < i) a.push(undefined);
        a[i] = h;
        return a;
      }),
    },
    {
      weight: 5,
      arbitrary: fc.tuple(pick, fc.nat(arity), fc.array(fc.nat(), { maxLength: 6 }), HOSTILE, fc.nat(8)).map(([v, i, walk, h, op]) => {
        const a = [...valid[v]!];
        if (a.length === 0) return [h];
        const at = i % a.length;
        a[at] = mutate(a[at], walk, h, op);
        return a;
      }),
    },
  );
}

// ————————————————————————————————— calling and judging —————————————————————————————————

const EXPORTED_VALUES = new Set<unknown>(Object.values(ENTRIES).flatMap((m) => Object.values(m as object)));

/** A short, safe description of a value for a failure message. */
function describeValue(v: unknown): string {
  try {
    return inspect(v, {
      depth: 2,
      maxArrayLength: 4,
      maxStringLength: 60,
      breakLength: Number.POSITIVE_INFINITY,
      customInspect: false,
    }).slice(0, 400);
  } catch {
    return '<uninspectable>';
  }
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Values of a promise or an async iterable, within a time bound. */
async function settle(out: unknown): Promise<{ value: unknown; items?: unknown[] }> {
  const timeout = <T>(p: Promise<T>) =>
    Promise.race([
      p,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`HANG: did not settle within ${ASYNC_LIMIT_MS} ms`)), ASYNC_LIMIT_MS).unref?.(),
      ),
    ]);
  if (out instanceof Promise) return { value: await timeout(out) };
  if (typeof out === 'object' && out !== null && Symbol.asyncIterator in out && !Array.isArray(out)) {
    const items: unknown[] = [];
    const drain = async () => {
      for await (const item of out as AsyncIterable<unknown>) {
        if (items.length < 10_000) items.push(item);
      }
    };
    await timeout(drain());
    return { value: out, items };
  }
  return { value: out };
}

interface Finding {
  readonly kind: string;
  readonly detail: string;
  readonly args: string;
}

/**
 * Call `call(args)` and judge it: a CchcError (well-formed) or a value whose deep scan is clean. Returns the finding,
 * or undefined.
 */
async function judge(
  call: (args: unknown[]) => unknown,
  args: unknown[],
  c: Pick<Case, 'undefinedAllowed' | 'passThrough' | 'customCodes'>,
): Promise<Finding | undefined> {
  const t0 = cpuMs();
  let out: unknown;
  let items: unknown[] | undefined;
  try {
    const settled = await settle(call(args));
    out = settled.value;
    items = settled.items;
  } catch (e) {
    if (e instanceof cchc.CchcError) {
      const p = errorProblem(e);
      return p ? { kind: 'malformed CchcError', detail: `${p.problem}: ${e.message.slice(0, 200)}`, args: describeValue(args) } : undefined;
    }
    const err = e as Error;
    return {
      kind: `threw ${err?.constructor?.name ?? typeof e}`,
      detail: `${String(err?.message ?? e).slice(0, 200)} ${(err?.stack ?? '').split('\n').slice(1, 3).join(' ').trim()}`,
      args: describeValue(args),
    };
  }
  const spent = cpuMs() - t0;
  if (spent > SLOW_CALL_CPU_MS)
    return { kind: 'slow', detail: `${spent.toFixed(0)} ms of CPU time for one call`, args: describeValue(args) };
  const known = reachable(args);
  const skip = new Set<unknown>([...known.objects, ...EXPORTED_VALUES]);
  const options = {
    skip,
    said: known.words,
    undefinedAllowed: c.undefinedAllowed?.at,
    passThrough: c.passThrough?.at,
    customCodes: c.customCodes !== undefined,
  };
  if (out === undefined && !c.undefinedAllowed?.at([])) return { kind: 'returned undefined', detail: '', args: describeValue(args) };
  const problem = scanOutput(out, options) ?? (items ? scanOutput(items, options) : undefined);
  if (problem)
    return {
      kind: `output ${problem.problem.split(':')[0]}`,
      detail: `at ${problem.path || '(top)'}: ${problem.problem}`,
      args: describeValue(args),
    };
  // Nothing lost: a CSV reader's report accounts for every row it read.
  const report = (out as { report?: { rowsRead?: number; accepted?: number; rejectedRows?: number } } | undefined)?.report;
  if (items && report && report.rowsRead !== (report.accepted ?? 0) + (report.rejectedRows ?? 0)) {
    return {
      kind: 'rows lost',
      detail: `rowsRead ${report.rowsRead} ≠ accepted ${report.accepted} + rejected ${report.rejectedRows}`,
      args: describeValue(args),
    };
  }
  return undefined;
}

/** Run a property for about `budgetMs`; collect distinct findings (by kind and message) with one example each. */
async function fuzz(
  call: (args: unknown[]) => unknown,
  arb: fc.Arbitrary<unknown[]>,
  c: Pick<Case, 'undefinedAllowed' | 'passThrough' | 'customCodes'>,
  budgetMs: number,
  numRuns = BASE_RUNS,
): Promise<string[]> {
  const found = new Map<string, Finding>();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (args) => {
      runs++;
      const f = await judge(call, args, c);
      if (f) {
        const key = `${f.kind}: ${f.detail.replace(/\d+/g, 'N').slice(0, 120)}`;
        if (!found.has(key)) found.set(key, f);
      }
    }),
    { seed: SEED, numRuns: Math.max(1, Math.round(numRuns)), interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false },
  );
  expect(runs, 'the property ran at least a few times').toBeGreaterThan(0);
  return [...found.values()].map((f) => `${f.kind}: ${f.detail}\n    with ${f.args}`);
}

const report = (findings: string[]) => (findings.length === 0 ? '' : `seed ${SEED} (CCHC_FUZZ_SEED):\n  ${findings.join('\n  ')}`);

// ————————————————————————————————— the tests —————————————————————————————————

describe('every export is covered', () => {
  it('each exported function has a case in test/hostile/_cases.ts or an exemption with a reason', () => {
    const missing = FUNCTIONS.filter((f) => !(f.name in CASES) && !(f.name in EXEMPT)).map((f) => `${f.entry}: ${f.name}`);
    expect(missing, 'add a case (valid calls) to test/hostile/_cases.ts, or an exemption with its reason').toEqual([]);
    const exported = new Set(FUNCTIONS.map((f) => f.name));
    expect(
      Object.keys(CASES).filter((n) => !exported.has(n)),
      'cases for names no longer exported',
    ).toEqual([]);
    expect(
      Object.keys(EXEMPT).filter((n) => !exported.has(n)),
      'exemptions for names no longer exported',
    ).toEqual([]);
  });

  it('the valid calls are valid (the property run starts from them)', async () => {
    const problems: string[] = [];
    for (const { name, fn } of FUNCTIONS) {
      const c = CASES[name];
      if (!c) continue;
      for (const args of c.valid) {
        try {
          const { value } = await settle(c.construct ? Reflect.construct(fn, args) : fn(...args));
          if (value === undefined && !c.undefinedAllowed?.at([])) problems.push(`${name}: returned undefined`);
        } catch (e) {
          problems.push(`${name}(${describeValue(args)}): ${String(e).slice(0, 200)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('exported functions: a value or a CchcError on hostile input', () => {
  const cases = FUNCTIONS.filter((f) => f.name in CASES);
  it.each(cases.map((f) => [`${f.entry}: ${f.name}`, f] as const))('%s', { timeout: 60_000 }, async (_, { name, fn }) => {
    const c = CASES[name]!;
    const call = c.construct ? (args: unknown[]) => Reflect.construct(fn, args) : (args: unknown[]) => fn(...args);
    expect(report(await fuzz(call, argsArbitrary(c), c, BASE_MS * (c.weight ?? 1), BASE_RUNS * (c.weight ?? 1)))).toBe('');
  });
});

/** Methods of the objects the valid calls return (a WorkCalendar's, …), found by walking the results. */
function discoverMethods(): { owner: string; name: string; receiver: object; fn: (...args: unknown[]) => unknown }[] {
  const out: { owner: string; name: string; receiver: object; fn: (...args: unknown[]) => unknown }[] = [];
  const seenKinds = new Set<string>();
  // Built-in prototypes (the generator protocol of an async generator is the language's, not the library's).
  const asyncGen = Object.getPrototypeOf((async function* () {})()) as object;
  const syncGen = Object.getPrototypeOf((function* () {})()) as object;
  const builtins = new Set<unknown>([
    Object.prototype,
    Array.prototype,
    Map.prototype,
    Set.prototype,
    Error.prototype,
    Date.prototype,
    Function.prototype,
    Promise.prototype,
  ]);
  for (let p: object | null = asyncGen; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) builtins.add(p);
  for (let p: object | null = syncGen; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) builtins.add(p);
  const visit = (v: unknown, owner: string, depth: number) => {
    if (typeof v !== 'object' || v === null || depth > 3 || isDecimal(v) || isSchema(v) || ArrayBuffer.isView(v)) return;
    if (v instanceof Map || v instanceof Set) return;
    if (Array.isArray(v)) {
      if (v.length > 0) visit(v[0], `${owner}[0]`, depth + 1);
      return;
    }
    // Own function-valued properties and the prototype's methods (a class instance), up to the built-in prototypes.
    const names = new Set<string>();
    for (let o: object | null = v; o && !builtins.has(o); o = Object.getPrototypeOf(o) as object | null) {
      for (const k of Object.getOwnPropertyNames(o)) {
        if (k === 'constructor') continue;
        const d = Object.getOwnPropertyDescriptor(o, k);
        if (d && typeof d.value === 'function') names.add(k);
      }
      if (o === v && Object.getPrototypeOf(o) === Object.prototype) break;
    }
    const kind = `${(v as { constructor?: { name?: string } }).constructor?.name ?? 'Object'}:${[...names].sort().join(',')}`;
    if (names.size > 0 && !seenKinds.has(kind)) {
      seenKinds.add(kind);
      for (const n of names) out.push({ owner, name: n, receiver: v, fn: (v as Record<string, (...args: unknown[]) => unknown>)[n]! });
    }
    for (const k of Object.keys(v).slice(0, 50)) visit((v as Record<string, unknown>)[k], `${owner}.${k}`, depth + 1);
  };
  for (const { name, fn } of FUNCTIONS) {
    const c = CASES[name];
    if (!c || c.construct) continue;
    for (const args of c.valid) {
      try {
        visit(fn(...args), `${name}()`, 0);
      } catch {
        // reported by "the valid calls are valid"
      }
    }
  }
  return out;
}

/** Methods whose `undefined` result is documented, with the reason. */
const METHOD_UNDEFINED: Readonly<Record<string, string>> = {
  entry: 'WorkCalendar.entry(date) is undefined for an ordinary day: no holiday, no swapped or make-up day, no entry (documented)',
};

describe('methods of returned objects: a value or a CchcError on hostile input', () => {
  const methods = discoverMethods();
  it('finds the WorkCalendar methods (the discovery works)', () => {
    expect(methods.map((m) => m.name)).toEqual(expect.arrayContaining(['isWorkingDay', 'entry', 'entries', 'addWorkingDaysToDayNumber']));
  });
  it.each(methods.map((m) => [`${m.owner}.${m.name}`, m] as const))('%s', { timeout: 60_000 }, async (_, m) => {
    const valid = METHOD_SAMPLES[m.name] ?? [[]];
    const why = METHOD_UNDEFINED[m.name];
    const c: Case = {
      valid,
      ...(why ? { undefinedAllowed: { reason: why, at: (p: readonly (string | number)[]) => p.length === 0 } } : {}),
    };
    expect(report(await fuzz((args) => m.fn.apply(m.receiver, args), argsArbitrary(c), c, Math.max(20, BASE_MS / 2), BASE_RUNS / 2))).toBe(
      '',
    );
  });
});

describe('exported schemas: parse, safeParse, is, issuesOf and toJSONSchema never throw anything but a CchcError', () => {
  it.each(SCHEMAS.map((s) => [s.name, s.schema] as const))('%s', { timeout: 60_000 }, async (name, schema) => {
    const samples = SCHEMA_SAMPLES[name] ?? [];
    const c: Case = { valid: [...samples.map((s) => [s]), [undefined]] };
    const json = schema.toJSONSchema();
    expect(scanOutput(json, { skip: new Set(), said: new Set() }), 'JSON Schema').toBeUndefined();
    const call = (args: unknown[]) => {
      const [input, options] = args;
      const parsed = schema.safeParse(input, options as never);
      const is = schema.is(input);
      const issues = schema.issuesOf(input, options as never);
      // One answer: valid for all three, or invalid for all three (options, when given, may add their own issue).
      if (parsed.success !== (issues.length === 0))
        throw new Error(`safeParse ${parsed.success}, issuesOf ${issues.length}: they disagree`);
      if (is !== schema.safeParse(input).success) throw new Error(`is ${is}, safeParse without options: they disagree`);
      if (!parsed.success) {
        const p = errorProblem(parsed.error);
        if (p) throw new Error(`safeParse error: ${p.problem}`);
      }
      try {
        schema.parse(input, options as never);
      } catch (e) {
        if (!(e instanceof cchc.CchcError)) throw e;
      }
      return { success: parsed.success, codes: issues.map((i) => i.code) };
    };
    expect(report(await fuzz(call, argsArbitrary(c), c, Math.max(20, BASE_MS / 3), BASE_RUNS / 3))).toBe('');
  });
});

describe('exported constants', () => {
  it.each(CONSTANTS.map((k) => [`${k.entry}: ${k.name}`, k.value] as const))(
    '%s is deeply frozen and holds no NaN or undefined',
    (_, value) => {
      const unfrozen: string[] = [];
      const seen = new Set<unknown>();
      const walk = (v: unknown, at: string) => {
        if (typeof v !== 'object' || v === null || seen.has(v) || isDecimal(v) || isSchema(v)) return;
        seen.add(v);
        if (!Object.isFrozen(v)) unfrozen.push(at || '(top)');
        for (const k of Reflect.ownKeys(v)) {
          const d = Object.getOwnPropertyDescriptor(v, k);
          if (d && 'value' in d && typeof d.value !== 'function') walk(d.value, `${at}.${String(k)}`);
        }
      };
      walk(value, '');
      expect(unfrozen).toEqual([]);
      expect(scanOutput(value, { skip: new Set(), said: new Set() })).toBeUndefined();
    },
  );
});
