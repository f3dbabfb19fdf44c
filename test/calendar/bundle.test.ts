// Bundle guard (issue 18 later): the working-day functions must not pull the schema kit, decimal.js or zod into an
// application's bundle. The built-in calendar is made without validation; user specs are validated by a schema built
// on first use by createWorkCalendar.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function inputsOf(code: string): Promise<string[]> {
  return (await bundle(code)).inputs;
}

async function bundle(code: string): Promise<{ inputs: string[]; gzipBytes: number }> {
  const r = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // The files that contribute bytes to the output (the metafile's `inputs` also lists files parsed then dropped).
  const out = Object.values(r.metafile.outputs)[0]!;
  const inputs = Object.entries(out.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
  return { inputs, gzipBytes: gzipSync(r.outputFiles![0]!.contents).length };
}

describe('what a bundle of one calendar function contains', () => {
  it.each([
    ["import { addWorkingDays } from './src/index.ts'; console.log(addWorkingDays('2020-01-20', 5));"],
    [
      "import { isWorkingDay, workingDaysBetween, dueDate } from './src/index.ts'; " +
        "console.log(isWorkingDay('2020-01-20'), workingDaysBetween('2020-01-01', '2020-02-01'), dueDate('2020-01-20', 3));",
    ],
  ])(
    '%s: no schema kit, no decimal.js, no zod',
    async (code) => {
      const inputs = await inputsOf(code);
      expect(inputs.some((f) => f.endsWith('src/calendar/add-working-days.ts') || f.endsWith('src/calendar/is-working-day.ts'))).toBe(true);
      const heavy = /src\/core\/schemas?\.ts$|src\/calendar\/schemas\.ts$|schema-builders|node_modules\/(decimal\.js|zod)\//;
      expect(inputs.filter((f) => heavy.test(f))).toEqual([]);
      // Issue 13: the arithmetic counts on the days' marks; the names and citations of the schedules and laws stay out.
      const texts = /src\/calendar\/(data\/civil-service-schedules|holiday-laws|_internal\/holiday-rules|vn-holidays)\.ts$/;
      expect(inputs.filter((f) => texts.test(f))).toEqual([]);
      expect(inputs.some((f) => f.endsWith('src/calendar/data/official-days.ts'))).toBe(true);
    },
    30_000,
  );

  it('addWorkingDays alone stays within its budget: at most 1 KB gzipped over 0.2 (13 719 B before issue 13)', async () => {
    const { gzipBytes } = await bundle("import { addWorkingDays } from './src/index.ts'; console.log(addWorkingDays('2020-01-20', 5));");
    expect(gzipBytes).toBeLessThanOrEqual(13_719 + 1024);
  }, 30_000);

  it('createWorkCalendar validates with the schema kit, without decimal.js or zod', async () => {
    const code = "import { createWorkCalendar } from './src/index.ts'; console.log(createWorkCalendar({ weekend: [0] }));";
    const inputs = await inputsOf(code);
    expect(inputs.some((f) => f.endsWith('src/core/schema.ts'))).toBe(true);
    expect(inputs.filter((f) => /node_modules\/(decimal\.js|zod)\//.test(f))).toEqual([]);
  }, 30_000);
});
