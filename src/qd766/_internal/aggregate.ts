// From dossier groups (one tally per combination of QĐ 766 facts and procedure), the catalogue and the PAKN records to
// the counts of every indicator: the one place both the record path (measure766) and the SQL path (measure766FromRows)
// compute them, so that the two agree by construction.
import type { DossierTally } from '../../dossier/tally.js';
import { addWorkingDays } from '../../calendar/add-working-days.js';
import type { WorkCalendar } from '../../calendar/work-calendar-types.js';
import { fromDayNumber, parseIsoDate } from '../../core/iso-date.js';
import type { Qd766Need } from '../../core/messages/en/qd766.js';
import { QD766_DOSSIER_FACTS, type Qd766DossierFact } from '../../dossier/qd766-facts.js';
import { QD766_PROCEDURE_COMPONENTS, QD766_PUBLICATION_LIMITS, QD766_PAKN_HANDLING_DAYS } from '../records.js';
import type { PaknRecord, TthcCatalogueRecord } from '../records.js';

/** The position of each fact in a group key. */
const POS: Readonly<Record<Qd766DossierFact, number>> = Object.freeze(
  Object.fromEntries(QD766_DOSSIER_FACTS.map((f, i) => [f, i])) as Record<Qd766DossierFact, number>,
);
/**
 * The characters of the facts part of a key.
 *
 * @category QĐ 766 service index
 */
export const FACT_CHARS = QD766_DOSSIER_FACTS.length;

/**
 * A group key: one character per fact ('1' yes, '0' no, '?' unknown; satisfaction 's', 'd', 'n' or '?'), then '|' and
 * '#' + the procedure code, or '|' alone when the dossier names no procedure.
 * @internal
 */
export function groupKey(facts: Readonly<Record<string, unknown>> | null | undefined, procedure: unknown, feedbackLinked: boolean): string {
  let k = '';
  for (const f of QD766_DOSSIER_FACTS) {
    const v = facts ? facts[f] : undefined;
    if (f === 'satisfaction') k += v === 'satisfied' ? 's' : v === 'dissatisfied' ? 'd' : v === 'not-rated' ? 'n' : '?';
    else if (f === 'feedback' && feedbackLinked) k += '1';
    else k += v === true ? '1' : v === false ? '0' : '?';
  }
  return `${k}|${typeof procedure === 'string' ? `#${procedure.normalize('NFC')}` : typeof procedure === 'number' ? `#${procedure}` : ''}`;
}

/** One group of dossiers: its facts, procedure and counts. */
interface Group {
  readonly facts: string;
  readonly procedure: string | null;
  /** Dossiers counted in 2.1's denominator: resolved in the period + pending at its end. */
  readonly base: number;
  /** Of them, early / on time / pending within due. */
  readonly onTime: number;
  /** Dossiers received in the period (new receipts). */
  readonly received: number;
}

/**
 * Groups from tallies keyed by group key (keys read back from SQL may repeat once normalised: they are merged).
 *
 * @category QĐ 766 service index
 */
export function groupsOf(tallies: Iterable<readonly [unknown, DossierTally]>): Group[] {
  const out = new Map<string, { facts: string; procedure: string | null; base: number; onTime: number; received: number }>();
  for (const [key, t] of tallies) {
    const text = typeof key === 'string' ? key : '';
    const bar = text.indexOf('|');
    const facts = bar === FACT_CHARS ? text.slice(0, FACT_CHARS) : '?'.repeat(FACT_CHARS);
    const rest = bar >= 0 ? text.slice(bar + 1) : '';
    const procedure = rest.startsWith('#') ? rest.slice(1).normalize('NFC') : null;
    const k = `${facts}|${procedure === null ? '' : `#${procedure}`}`;
    const g = out.get(k) ?? { facts, procedure, base: 0, onTime: 0, received: 0 };
    g.base += t.resolved.total + t.pending.total;
    g.onTime += t.resolved.early + t.resolved.onTime + t.pending.withinDue;
    g.received += t.received.newOnline + t.received.newInPerson + t.received.newPostal;
    out.set(k, g);
  }
  return [...out.values()];
}

/**
 * The counts of one indicator, or what it lacks.
 *
 * @category QĐ 766 service index
 */
export type Counted =
  | { readonly kind: 'counts'; readonly numerator: number; readonly denominator: number }
  | { readonly kind: 'needs'; readonly needs: readonly Qd766Need[] };

const fmt = (n: number) => String(n);
const counts = (numerator: number, denominator: number): Counted => ({ kind: 'counts', numerator, denominator });

export interface AggregateContext {
  readonly groups: readonly Group[] | undefined;
  readonly catalogue: readonly TthcCatalogueRecord[] | undefined;
  readonly pakn: readonly PaknRecord[] | undefined;
  /** Period start and the last day counted (min(end, asOf)), as day numbers. */
  readonly start: number;
  readonly last: number;
  readonly level: string;
  readonly calendar: WorkCalendar;
}

const at = (g: Group, f: Qd766DossierFact) => g.facts.charAt(POS[f]);

/** Counts of every QĐ 766 indicator the records can give, by portal code. @internal */
export function countIndicators(ctx: AggregateContext): Record<string, Counted> {
  const out: Record<string, Counted> = {};
  const { groups, catalogue } = ctx;
  const noDossiers: Counted = { kind: 'needs', needs: [{ what: 'dossiers' }] };
  const noCatalogue: Qd766Need = { what: 'catalogue' };
  const base = groups ? groups.reduce((a, g) => a + g.base, 0) : 0;

  // A share of dossiers with a fact: unknown facts among the dossiers counted make it not measurable.
  const share = (f: Qd766DossierFact, weight: (g: Group) => number): Counted => {
    if (!groups) return noDossiers;
    let num = 0;
    let den = 0;
    let missing = 0;
    for (const g of groups) {
      const w = weight(g);
      den += w;
      const v = at(g, f);
      if (v === '1') num += w;
      else if (v === '?') missing += w;
    }
    return missing > 0
      ? { kind: 'needs', needs: [{ what: 'dossier-fact', field: f, missing: fmt(missing), of: fmt(den) }] }
      : counts(num, den);
  };

  out['1.4'] = share('synced', (g) => g.received);
  out['2.1'] = groups
    ? counts(
        groups.reduce((a, g) => a + g.onTime, 0),
        base,
      )
    : noDossiers;
  for (const [code, f] of [
    ['4.1', 'electronicResult'],
    ['4.2', 'digitised'],
    ['4.4', 'reusedData'],
    ['4.5', 'dataStoreLinked'],
    ['4.6', 'populationData'],
  ] as const) {
    out[code] = share(f, (g) => g.base);
  }

  // Catalogue lookups (procedure codes in NFC).
  const byCode = new Map<string, TthcCatalogueRecord>();
  for (const p of catalogue ?? []) byCode.set(p.code.normalize('NFC'), p);

  // 3.1: full-process online dossiers ÷ dossiers of procedures eligible for full-process service.
  if (!groups) out['3.1'] = noDossiers;
  else {
    let num = 0;
    let den = 0;
    let unknownEligibility = 0;
    let unknownOnline = 0;
    for (const g of groups) {
      if (g.base === 0) continue;
      const own = at(g, 'fullProcessEligible');
      const fromCatalogue = g.procedure === null ? undefined : byCode.get(g.procedure)?.onlineService;
      const eligible =
        own === '1'
          ? true
          : own === '0'
            ? false
            : fromCatalogue === 'full'
              ? true
              : fromCatalogue === 'partial' || fromCatalogue === 'none'
                ? false
                : undefined;
      if (eligible === undefined) unknownEligibility += g.base;
      else if (eligible) {
        den += g.base;
        const v = at(g, 'fullProcessOnline');
        if (v === '1') num += g.base;
        else if (v === '?') unknownOnline += g.base;
      }
    }
    const needs: Qd766Need[] = [];
    if (unknownEligibility > 0)
      needs.push({ what: 'dossier-fact', field: 'fullProcessEligible', missing: fmt(unknownEligibility), of: fmt(base) });
    if (unknownOnline > 0) needs.push({ what: 'dossier-fact', field: 'fullProcessOnline', missing: fmt(unknownOnline), of: fmt(den) });
    out['3.1'] = needs.length > 0 ? { kind: 'needs', needs } : counts(num, den);
  }

  // 5.3: dossiers on time, not rated dissatisfied and without a PAKN ÷ dossiers.
  if (!groups) out['5.3'] = noDossiers;
  else {
    let num = 0;
    let missing = 0;
    for (const g of groups) {
      const s = at(g, 'satisfaction');
      if (s === '?') missing += g.base;
      else if (s !== 'd' && at(g, 'feedback') !== '1') num += g.onTime;
    }
    out['5.3'] =
      missing > 0
        ? { kind: 'needs', needs: [{ what: 'dossier-fact', field: 'satisfaction', missing: fmt(missing), of: fmt(base) }] }
        : counts(num, base);
  }

  // 6.3: dossiers paid online ÷ dossiers with a financial obligation.
  if (!groups) out['6.3'] = noDossiers;
  else {
    let num = 0;
    let den = 0;
    let unknownFee = 0;
    let unknownPaid = 0;
    for (const g of groups) {
      const fee = at(g, 'feeRequired');
      if (fee === '?') unknownFee += g.base;
      else if (fee === '1') {
        den += g.base;
        const paid = at(g, 'paidOnline');
        if (paid === '1') num += g.base;
        else if (paid === '?') unknownPaid += g.base;
      }
    }
    const needs: Qd766Need[] = [];
    if (unknownFee > 0) needs.push({ what: 'dossier-fact', field: 'feeRequired', missing: fmt(unknownFee), of: fmt(base) });
    if (unknownPaid > 0) needs.push({ what: 'dossier-fact', field: 'paidOnline', missing: fmt(unknownPaid), of: fmt(den) });
    out['6.3'] = needs.length > 0 ? { kind: 'needs', needs } : counts(num, den);
  }

  // Catalogue procedures with a property, and those of them that have a dossier with a fact (4.7, 6.2).
  const proceduresWith = (
    filter: 'citizenApplicants' | 'feeRequired',
    dossierHas: (g: Group) => '1' | '0' | '?',
    dossierFields: readonly Qd766DossierFact[],
  ): Counted => {
    const needs: Qd766Need[] = [];
    if (!catalogue) needs.push(noCatalogue);
    if (!groups) needs.push({ what: 'dossiers' });
    if (!catalogue || !groups) return { kind: 'needs', needs };
    const unknownInCatalogue = catalogue.filter((p) => p[filter] === undefined || p[filter] === null).length;
    if (unknownInCatalogue > 0)
      needs.push({ what: 'catalogue-field', field: filter, missing: fmt(unknownInCatalogue), of: fmt(catalogue.length) });
    let unknownFacts = 0;
    let noProcedure = 0;
    let withFact = 0;
    const seen = new Set<string>();
    for (const g of groups) {
      if (g.base === 0) continue;
      const v = dossierHas(g);
      if (v === '?') unknownFacts += g.base;
      else if (v === '1') {
        withFact += g.base;
        if (g.procedure === null) noProcedure += g.base;
        else seen.add(g.procedure);
      }
    }
    if (unknownFacts > 0) needs.push({ what: 'dossier-fact', field: dossierFields.join(', '), missing: fmt(unknownFacts), of: fmt(base) });
    if (noProcedure > 0) needs.push({ what: 'procedure', missing: fmt(noProcedure), of: fmt(withFact) });
    if (needs.length > 0) return { kind: 'needs', needs };
    const scope = catalogue.filter((p) => p[filter] === true);
    return counts(scope.filter((p) => seen.has(p.code.normalize('NFC'))).length, scope.length);
  };
  out['4.7'] = proceduresWith('citizenApplicants', (g) => at(g, 'populationData') as '1' | '0' | '?', ['populationData']);
  out['6.2'] = proceduresWith(
    'feeRequired',
    (g) => {
      const fee = at(g, 'feeRequired');
      const paid = at(g, 'paidOnline');
      if (fee === '0') return '0';
      if (fee === '?' || paid === '?') return '?';
      return paid === '1' ? '1' : '0';
    },
    ['feeRequired', 'paidOnline'],
  );

  // Catalogue indicators 1.1–1.3, 6.1.
  if (!catalogue) {
    for (const code of ['1.1', '1.2', '1.3', '6.1']) out[code] = { kind: 'needs', needs: [noCatalogue] };
  } else {
    const limits = ctx.level === 'ministry' ? QD766_PUBLICATION_LIMITS.ministry : QD766_PUBLICATION_LIMITS.province;
    const cal = { calendar: ctx.calendar };
    const inPeriod = (d: string | null | undefined) => d != null && parseIsoDate(d) >= ctx.start && parseIsoDate(d) <= ctx.last;
    const published = catalogue.filter((p) => inPeriod(p.publishedAt));
    const noBasis = published.filter((p) => p.legalBasisEffectiveAt == null).length;
    out['1.1'] =
      noBasis > 0
        ? {
            kind: 'needs',
            needs: [{ what: 'catalogue-field', field: 'legalBasisEffectiveAt', missing: fmt(noBasis), of: fmt(published.length) }],
          }
        : counts(
            published.filter((p) => addWorkingDays(p.publishedAt!, limits.publishBefore, cal) <= p.legalBasisEffectiveAt!).length,
            published.length,
          );
    const lastIso = fromDayNumber(ctx.last);
    out['1.2'] = counts(
      published.filter(
        (p) =>
          p.disclosedAt != null && p.disclosedAt <= lastIso && p.disclosedAt <= addWorkingDays(p.publishedAt!, limits.discloseWithin, cal),
      ).length,
      published.length,
    );
    const disclosed = catalogue.filter((p) => p.disclosedAt != null && p.disclosedAt <= lastIso);
    const noComponents = disclosed.filter((p) => p.components == null).length;
    out['1.3'] =
      noComponents > 0
        ? {
            kind: 'needs',
            needs: [{ what: 'catalogue-field', field: 'components', missing: fmt(noComponents), of: fmt(disclosed.length) }],
          }
        : counts(disclosed.filter((p) => QD766_PROCEDURE_COMPONENTS.every((c) => p.components!.includes(c))).length, disclosed.length);
    const noFee = catalogue.filter((p) => p.feeRequired == null).length;
    const fee = catalogue.filter((p) => p.feeRequired === true);
    const noIntegration = fee.filter((p) => p.onlinePaymentIntegrated == null).length;
    const needs61: Qd766Need[] = [];
    if (noFee > 0) needs61.push({ what: 'catalogue-field', field: 'feeRequired', missing: fmt(noFee), of: fmt(catalogue.length) });
    if (noIntegration > 0)
      needs61.push({ what: 'catalogue-field', field: 'onlinePaymentIntegrated', missing: fmt(noIntegration), of: fmt(fee.length) });
    out['6.1'] =
      needs61.length > 0
        ? { kind: 'needs', needs: needs61 }
        : counts(fee.filter((p) => p.onlinePaymentIntegrated === true).length, fee.length);
  }

  // 5.1, 5.2: PAKN received in the period.
  if (!ctx.pakn) {
    out['5.1'] = { kind: 'needs', needs: [{ what: 'pakn' }] };
    out['5.2'] = { kind: 'needs', needs: [{ what: 'pakn' }] };
  } else {
    const lastIso = fromDayNumber(ctx.last);
    let n = 0;
    let onTime = 0;
    let good = 0;
    let unrated = 0;
    for (const p of ctx.pakn) {
      const r = parseIsoDate(p.receivedAt);
      if (r < ctx.start || r > ctx.last) continue;
      n++;
      const due = p.dueDate ?? addWorkingDays(p.receivedAt, QD766_PAKN_HANDLING_DAYS, { calendar: ctx.calendar });
      const handled = p.handledAt != null && p.handledAt <= lastIso;
      const timely = handled ? p.handledAt! <= due : due >= lastIso;
      if (timely) onTime++;
      if (p.satisfaction == null) unrated++;
      else if (timely && p.satisfaction !== 'dissatisfied' && p.reraised !== true) good++;
    }
    out['5.1'] = counts(onTime, n);
    out['5.2'] =
      unrated > 0
        ? { kind: 'needs', needs: [{ what: 'pakn-field', field: 'satisfaction', missing: fmt(unrated), of: fmt(n) }] }
        : counts(good, n);
  }
  return out;
}
