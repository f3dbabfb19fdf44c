import type { Plan, Section } from '../plan.js';
import type { PlanTask } from '../plan-tasks.js';

/** Flatten validated sections. @internal */
export function flattenTasks(plan: Plan): PlanTask[] {
  const out: PlanTask[] = [];
  const walk = (sections: readonly Section[], codes: readonly string[], titles: readonly string[]) => {
    for (const s of sections) {
      const path = Object.freeze([...codes, s.code]);
      const names = Object.freeze([...titles, s.title]);
      for (const t of s.tasks) out.push(Object.freeze({ ...t, id: [...path, t.code].join('.'), sectionPath: path, sectionTitles: names }));
      if (s.sections) walk(s.sections, path, names);
    }
  };
  walk(plan.sections, [], []);
  return out;
}
