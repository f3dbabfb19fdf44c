import { issue, show } from '../../core/errors.js';
import * as s from '../../core/schema.js';
import * as vi from '../../core/messages/vi/dossier.js';
import * as en from '../../core/messages/en/dossier.js';
import type { DossierTally } from '../tally.js';

/** The parts of each group of a tally (its `total` is their sum). @internal */
export const TALLY_GROUPS: readonly (readonly [string, readonly string[]])[] = Object.freeze([
  ['received', ['carriedOver', 'newOnline', 'newInPerson', 'newPostal']],
  ['resolved', ['early', 'onTime', 'late']],
  ['pending', ['withinDue', 'overdue']],
] as const);

function build(): s.Schema<DossierTally> {
  const count = s.count().withIssue(
    'INVALID_TALLY',
    (r) => vi.INVALID_TALLY__count({ received: r }),
    (r) => en.INVALID_TALLY__count({ received: r }),
  );
  const group = <const K extends readonly string[]>(parts: K) => {
    const shape: Record<string, s.Schema<number>> = { total: count };
    for (const p of parts) shape[p] = count;
    return s.object(shape as { [P in K[number] | 'total']: s.Schema<number> }).withIssue(
      'INVALID_TALLY',
      (r) => vi.INVALID_TALLY__group({ received: r }),
      (r) => en.INVALID_TALLY__group({ received: r }),
    );
  };
  return s
    .object({
      received: group(['carriedOver', 'newOnline', 'newInPerson', 'newPostal'] as const),
      resolved: group(['early', 'onTime', 'late'] as const),
      pending: group(['withinDue', 'overdue'] as const),
      withdrawnOrReturned: count,
      awaitingSupplement: count,
      paused: count.optional(),
      stoppedOnRequest: count.optional(),
      closedWithoutSupplement: count.optional(),
      provisional: count.optional(),
      processing: s
        .object({ count, workingDays: count })
        .withIssue(
          'INVALID_TALLY',
          (r) => vi.INVALID_TALLY__group({ received: r }),
          (r) => en.INVALID_TALLY__group({ received: r }),
        )
        .optional(),
      calendar: s
        .string()
        .min(1)
        .withIssue(
          'INVALID_TALLY',
          (r) => vi.INVALID_TALLY__calendar({ received: r }),
          (r) => en.INVALID_TALLY__calendar({ received: r }),
        )
        .optional(),
    })
    .withIssue(
      'INVALID_TALLY',
      (r) => vi.INVALID_TALLY({ received: r }),
      (r) => en.INVALID_TALLY({ received: r }),
    )
    .check((t, path, ctx) => {
      // Every total is the sum of its parts.
      for (const [g, parts] of TALLY_GROUPS) {
        const obj = (t as unknown as Record<string, Record<string, number>>)[g]!;
        let sum = 0;
        for (const p of parts) sum += obj[p]!;
        if (obj.total !== sum) {
          const m = { group: g, total: show(obj.total), sum };
          ctx.issues.push(issue('INVALID_TALLY', [...path, g, 'total'], vi.INVALID_TALLY__total(m), en.INVALID_TALLY__total(m), obj.total));
        }
      }
      // Records resting on provisional days are among the records received.
      const p = (t as { provisional?: number }).provisional;
      if (p !== undefined && p > t.received.total) {
        const m = { provisional: p, received: t.received.total };
        ctx.issues.push(
          issue('INVALID_TALLY', [...path, 'provisional'], vi.INVALID_TALLY__provisional(m), en.INVALID_TALLY__provisional(m), p),
        );
      }
    })
    .as<DossierTally>() as unknown as s.Schema<DossierTally>;
}

let cached: s.Schema<DossierTally> | undefined;

/** The schema of a tally, built on first use (importing a rate function does not build it). @internal */
export function tallySchema(): s.Schema<DossierTally> {
  return (cached ??= build());
}
