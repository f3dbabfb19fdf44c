import type { Plan, Section } from '../plan.js';
import type { PlanTask } from '../plan-tasks.js';

/**
 * The id of a task from its section codes and its own code: joined with ".", in NFC (a key: codes typed in composed or
 * decomposed form give one id). @internal
 */
export function taskId(codes: readonly string[]): string {
  return codes.join('.').normalize('NFC');
}

/** Flatten validated sections. @internal */
export function flattenTasks(plan: Plan): PlanTask[] {
  const out: PlanTask[] = [];
  const walk = (sections: readonly Section[], codes: readonly string[], titles: readonly string[]) => {
    for (const s of sections) {
      const path = Object.freeze([...codes, s.code]);
      const names = Object.freeze([...titles, s.title]);
      for (const t of s.tasks) out.push(Object.freeze({ ...t, id: taskId([...path, t.code]), sectionPath: path, sectionTitles: names }));
      if (s.sections) walk(s.sections, path, names);
    }
  };
  walk(plan.sections, [], []);
  return out;
}
