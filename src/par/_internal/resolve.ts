import { defineMethodology } from '../define-methodology.js';
import { MAX_METHODOLOGY_DEPTH } from '../limits.js';
import type { Methodology, MethodologySpec } from '../methodology.js';
import { isPlainObject } from './read.js';
import { indexOfMethodology, type MethodologyIndex } from './registry.js';

/** The keys `defineMethodology` adds to a node (its validated form), which a spec does not have. */
function nodeSpecOf(node: unknown, depth: number): unknown {
  // Deeper than the limit: left as it is, for `defineMethodology` to refuse (INPUT_TOO_DEEP) without walking it.
  if (!isPlainObject(node) || depth > MAX_METHODOLOGY_DEPTH) return node;
  const { level: _level, depth: _depth, parent: _parent, rule, channel, children, ...rest } = node;
  const out: Record<string, unknown> = { ...rest };
  if (rule !== null && rule !== undefined) out.rule = rule;
  if (channel !== undefined && channel !== 'mixed') out.channel = channel;
  if (Array.isArray(children) && children.length > 0) out.children = Array.from(children, (c) => nodeSpecOf(c, depth + 1));
  else if (children !== undefined && !Array.isArray(children)) out.children = children;
  return out;
}

/**
 * A validated methodology and its lookups: `m` itself when it came from `defineMethodology`, otherwise `m` validated
 * as a spec. A {@link Methodology} that this copy of the library did not build (from another bundle of `cchc`, or
 * rebuilt by hand) is turned back into its spec and validated again: library objects passed back in are re-checked.
 * @internal
 */
export function resolveMethodology(m: Methodology | MethodologySpec): { methodology: Methodology; index: MethodologyIndex } {
  const known = indexOfMethodology(m);
  if (known) return { methodology: m as Methodology, index: known };
  let spec: unknown = m;
  // Array.from, not map: a list carrying its own `constructor` (Symbol.species) would make `map` call it.
  if (isPlainObject(m) && Object.hasOwn(m, 'bonusMaxPoints') && Object.hasOwn(m, 'penaltyMaxPoints')) {
    const { bonusMaxPoints: _b, penaltyMaxPoints: _p, nodes, ...rest } = m as Record<string, unknown>;
    spec = { ...rest, nodes: Array.isArray(nodes) ? Array.from(nodes, (n) => nodeSpecOf(n, 1)) : nodes };
  }
  const methodology = defineMethodology(spec as MethodologySpec);
  return { methodology, index: indexOfMethodology(methodology)! };
}
