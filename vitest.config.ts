import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The whole suite runs once per host time zone. Results must never depend on the host zone,
 * so every unit, property and golden test runs four times (the zones below span UTC-8 to UTC+14).
 * `test/_tz-guard.test.ts` proves in each project that the zone was really applied.
 */
export const TIME_ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;

export default defineConfig({
  resolve: {
    // Tests, examples and docs samples import the package by its public name, resolved to the sources.
    // The built package (dist/) is checked separately by test/integration/package.test.ts.
    alias: [
      { find: /^cchc$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^cchc\/datasets$/, replacement: fileURLToPath(new URL('./src/datasets/index.ts', import.meta.url)) },
      { find: /^cchc\/zod$/, replacement: fileURLToPath(new URL('./src/zod/index.ts', import.meta.url)) },
      { find: /^cchc\/xlsx$/, replacement: fileURLToPath(new URL('./src/xlsx/index.ts', import.meta.url)) },
    ],
  },
  test: {
    projects: [
      ...TIME_ZONES.map((tz) => ({
        extends: true as const,
        test: {
          name: `tz:${tz}`,
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration/**'],
          env: { TZ: tz, CCHC_EXPECTED_TZ: tz },
        },
      })),
      {
        // Type tests (`*.test-d.ts`): the public types, overloads and inference, checked by the TypeScript compiler
        // (remeda's pattern: runtime, type and property tests as separate projects).
        extends: true as const,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        // Slow or environment-heavy tests (built package, SQL engines, CLI, browser, docs samples), run once,
        // in a zone far from Vietnam's so that any leak of the host zone shows.
        extends: true as const,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'examples/**/*.test.ts'],
          env: { TZ: 'America/Los_Angeles', CCHC_EXPECTED_TZ: 'America/Los_Angeles' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
