// Run by test/integration/node-facade.test.ts in a plain `node` process (Node's own module loader, as users have it):
// the main entry of the Node build (dist/node/index.js, made by scripts/build-node.mjs) against the modules it loads
// on first use and against the one-file-per-module build. Prints one line per failed check and exits 1 if any.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const dist = new URL('../../dist/', import.meta.url);
const failures = [];
const check = (label, fn) => {
  try {
    fn();
  } catch (e) {
    failures.push(`${label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
};

// By name, as an application imports it: the facade (dist/node/index.js) where Node has require() of ES modules (the
// "module-sync" condition), else the whole entry (dist/node/_entries/index.js, the "node" condition).
const sync = process.features.require_module;
const facade = await import('cchc');
check('cchc resolves to the facade, or without require() of ES modules to the whole entry', () =>
  assert.equal(import.meta.resolve('cchc'), new URL(sync ? 'node/index.js' : 'node/_entries/index.js', dist).href),
);
const esm = await import(new URL('esm/index.js', dist).href);
// The modules behind the facade, in the same module graph as the facade (so values are comparable by identity).
const lazy = {};
for (const f of readdirSync(new URL('node/_lazy/', dist))) {
  if (f.endsWith('.js')) lazy[f.replace(/\.js$/, '')] = await import(new URL(`node/_lazy/${f}`, dist).href);
}
const eager = await import(new URL('node/_eager.js', dist).href);
const realOf = (name) => {
  for (const ns of [eager, ...Object.values(lazy)]) if (name in ns) return ns[name];
  throw new Error(`${name} is in no module`);
};

check('same export names as the one-file-per-module build', () => assert.deepEqual(Object.keys(facade).sort(), Object.keys(esm).sort()));

let functions = 0;
let objects = 0;
for (const name of Object.keys(esm)) {
  const got = facade[name];
  const want = esm[name];
  const real = realOf(name);
  check(`${name}: same type`, () => assert.equal(typeof got, typeof want));
  if (typeof want === 'function') {
    functions++;
    check(`${name}: same name and length`, () => {
      assert.equal(got.name, want.name);
      assert.equal(got.length, want.length);
    });
    check(`${name}: same own properties`, () =>
      assert.deepEqual(Object.getOwnPropertyNames(got).sort(), Object.getOwnPropertyNames(real).sort()),
    );
  } else if (typeof want === 'object' && want !== null) {
    objects++;
    check(`${name}: array or not, as the value`, () => assert.equal(Array.isArray(got), Array.isArray(want)));
    check(`${name}: frozen or not, as the value`, () => assert.equal(Object.isFrozen(got), Object.isFrozen(want)));
    check(`${name}: same prototype as the value`, () => assert.equal(Object.getPrototypeOf(got), Object.getPrototypeOf(real)));
    check(`${name}: deeply equal to the value`, () => assert.ok(isDeepStrictEqual(got, real)));
    check(`${name}: same JSON as the one-file-per-module build`, () => {
      const json = (v) => {
        try {
          return JSON.stringify(v);
        } catch (e) {
          return `throws ${e.name}`; // a schema of a recursive shape is circular
        }
      };
      assert.equal(json(got), json(want));
    });
  } else {
    check(`${name}: same value`, () => assert.equal(got, want));
  }
}

// Identity: what the library registers by identity accepts the facade's stand-ins as the values themselves.
check('a methodology constant scores through the facade as the value does', () => {
  const m = facade.QD766_PORTAL;
  assert.equal(m === lazy.qd766.QD766_PORTAL, !sync); // a stand-in in the facade
  assert.deepEqual(facade.methodologyToRows(m), lazy.par.methodologyToRows(lazy.qd766.QD766_PORTAL));
});
check('the agency list is the default', () => {
  const text = 'Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh';
  assert.deepEqual(facade.parseAgencies(text, { definitions: facade.AGENCY_DEFINITIONS }), facade.parseAgencies(text));
});
check('errors from a module loaded on first use are CchcError of the facade', () => {
  assert.throws(
    () => facade.ratio(1, -1),
    (e) => e instanceof facade.CchcError && typeof e.code === 'string',
  );
});
check('CchcError and Schema: stand-ins of the classes (new, extends, instanceof, statics)', () => {
  const e = new facade.CchcError([]);
  assert.ok(e instanceof facade.CchcError);
  assert.ok(e instanceof realOf('CchcError'));
  assert.equal(e.name, 'CchcError');
  assert.equal(facade.CchcError.name, 'CchcError');
  class Sub extends facade.CchcError {}
  const sub = new Sub([]);
  assert.ok(sub instanceof Sub && sub instanceof facade.CchcError);
  assert.equal(facade.CchcError.prototype, realOf('CchcError').prototype);
  assert.ok(facade.IsoDateSchema instanceof facade.Schema);
  assert.ok(!({} instanceof facade.Schema));
});
check('CchcDecimal: constructs, calls, statics and instanceof', () => {
  const d = new facade.CchcDecimal('1.005');
  assert.ok(d instanceof facade.CchcDecimal);
  assert.equal(d.toDecimalPlaces(2, facade.CchcDecimal.ROUND_HALF_UP).toString(), '1.01');
  assert.equal(facade.CchcDecimal('2').plus(1).toString(), '3');
  assert.equal(facade.CchcDecimal.precision, esm.CchcDecimal.precision);
});
check('civilServiceCalendar: a stand-in that works as the calendar, in its methods and as an option', () => {
  const cal = facade.civilServiceCalendar;
  const real = realOf('civilServiceCalendar');
  assert.equal(cal === real, !sync);
  assert.ok(facade.isWorkCalendar(cal));
  assert.ok(Object.isFrozen(cal));
  assert.equal(cal.isWorkingDay('2024-05-04'), true);
  assert.equal(cal.isWorkingDay('2024-04-29'), false);
  assert.equal(cal.entry('2024-04-29')?.kind, 'swap-off');
  assert.equal(cal.isWorkingDay, cal.isWorkingDay); // the same bound method each time
  assert.equal(facade.addWorkingDays('2020-01-20', 5, { calendar: cal }), '2020-02-03');
  assert.deepEqual(
    facade.tallyDossiers([], { start: '2025-01-01', end: '2025-01-31', calendar: cal }),
    facade.tallyDossiers([], { start: '2025-01-01', end: '2025-01-31', calendar: real }),
  );
  const province = facade.createWorkCalendar({ base: cal, name: 'Tỉnh X', days: [{ date: '2024-05-06', kind: 'day-off' }] });
  assert.equal(province.isWorkingDay('2024-05-06'), false);
  assert.equal(province.isWorkingDay('2024-05-04'), true);
});
// The packages are the application's own modules (one decimal.js, one zod).
const { Decimal } = await import('decimal.js');
const { z } = await import('zod');
check('results are instances of the application’s Decimal', () => {
  assert.ok(facade.ratio(1, 3).value instanceof Decimal);
  assert.ok(new facade.CchcDecimal(1) instanceof Decimal);
});
const { toZod } = await import('cchc/zod');
check('cchc/zod gives schemas of the application’s zod', () => assert.ok(toZod(facade.IsoDateSchema) instanceof z.ZodType));

for (const entry of ['datasets', 'zod', 'xlsx']) {
  const built = await import(`cchc/${entry}`);
  const plain = await import(new URL(`esm/${entry}/index.js`, dist).href);
  check(`cchc/${entry}: same export names, types and function names as the one-file-per-module build`, () => {
    assert.deepEqual(Object.keys(built).sort(), Object.keys(plain).sort());
    for (const name of Object.keys(plain)) {
      assert.equal(typeof built[name], typeof plain[name], name);
      if (typeof plain[name] === 'function') assert.equal(built[name].name, plain[name].name, name);
    }
  });
}

process.stdout.write(`${JSON.stringify({ functions, objects, failures })}\n`);
process.exit(failures.length ? 1 : 0);
