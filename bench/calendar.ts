// Benchmark of the calendar module: prints figures, asserts nothing (speed goals are not tests).
// Goals (issue 3): ≥ 5,000,000 addWorkingDays/s, ≥ 200,000 solarToLunar/s, calendar build < 50 ms;
// for the dossier module: ≥ 3M classifications/s from ISO strings, ≥ 20M/s from typed arrays of day numbers.
// Run: npm run bench:calendar
import { performance } from 'node:perf_hooks';
import { addWorkingDays, civilServiceCalendar, createWorkCalendar, fromDayNumber, isWorkingDay, solarToLunar, toDayNumber } from '../src/index.js';

function rate(label: string, n: number, fn: () => number, goal?: string): void {
  fn(); // warm-up
  const t0 = performance.now();
  const sink = fn();
  const ms = performance.now() - t0;
  const perSec = Math.round((n / ms) * 1000);
  console.log(`${label.padEnd(52)} ${perSec.toLocaleString('en-US').padStart(14)} /s${goal ? `   (goal ${goal})` : ''}   [sink ${sink}]`);
}

// 1. Build time: the first query builds the lunar table (1899–2101), the 2000–2100 holiday schedule and the index.
let t0 = performance.now();
civilServiceCalendar.isWorkingDayNumber(toDayNumber('2025-01-02'));
console.log(`civilServiceCalendar build (lunar table + holidays + index): ${(performance.now() - t0).toFixed(1)} ms   (goal < 50 ms)`);
t0 = performance.now();
const custom = createWorkCalendar({ base: civilServiceCalendar, weekend: [0], days: [{ date: '2027-03-03', kind: 'day-off' }] });
custom.isWorkingDayNumber(toDayNumber('2025-01-02'));
console.log(`derived calendar build (other weekend, recomputed):       ${(performance.now() - t0).toFixed(1)} ms`);

const first = toDayNumber('2015-01-01');
const isoDates: string[] = [];
const dayNumbers = new Int32Array(100_000);
for (let i = 0; i < 100_000; i++) {
  const d = first + ((i * 7919) % 4000);
  dayNumbers[i] = d;
  if (i < 10_000) isoDates.push(fromDayNumber(d));
}

const N = 2_000_000;
rate('addWorkingDays(iso, n) → iso', N, () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += addWorkingDays(isoDates[i % 10_000]!, (i % 30) + 1).length;
  return s;
}, '≥ 5,000,000/s');
rate('isWorkingDay(iso)', N, () => {
  let s = 0;
  for (let i = 0; i < N; i++) if (isWorkingDay(isoDates[i % 10_000]!)) s++;
  return s;
}, '≥ 3,000,000/s');
const cal = civilServiceCalendar;
rate('calendar.isWorkingDayNumber(day)', 20 * N, () => {
  let s = 0;
  for (let i = 0; i < 20 * N; i++) if (cal.isWorkingDayNumber(dayNumbers[i % 100_000]!)) s++;
  return s;
}, '≥ 20,000,000/s');
const out = new Uint8Array(dayNumbers.length);
rate('calendar.classifyDayNumbers(Int32Array) per day', 200 * dayNumbers.length, () => {
  let s = 0;
  for (let r = 0; r < 200; r++) s += cal.classifyDayNumbers(dayNumbers, out)[r]!;
  return s;
}, '≥ 20,000,000/s');
rate('calendar.addWorkingDaysToDayNumber(day, n)', 10 * N, () => {
  let s = 0;
  for (let i = 0; i < 10 * N; i++) s += cal.addWorkingDaysToDayNumber(dayNumbers[i % 100_000]!, (i % 30) + 1);
  return s;
});
rate('solarToLunar(iso)', N, () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += solarToLunar(isoDates[i % 10_000]!).day;
  return s;
}, '≥ 200,000/s');
