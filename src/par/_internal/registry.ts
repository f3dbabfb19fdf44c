import type { Methodology, MethodologyNode } from '../methodology.js';
import { preorder } from './tree.js';
import { byIdentity } from '../../core/_internal/identity.js';

/**
 * Lookups computed once per validated methodology.
 *
 * @category PAR INDEX
 */
export interface MethodologyIndex {
  /** Every node by code. */
  readonly byCode: ReadonlyMap<string, MethodologyNode>;
  /** Every node in pre-order (the order of the annex table). */
  readonly preorder: readonly MethodologyNode[];
  /** Position of each code in `preorder`. */
  readonly position: ReadonlyMap<string, number>;
  /** The node each part code belongs to (parts of nodes whose allocation is unknown). */
  readonly partOwner: ReadonlyMap<string, MethodologyNode>;
}

// A methodology built on first use (a constant of the package, `lazyFrozen`) is registered before it is built, with
// the function that builds it and gives its lookups.
const INDEXES = byIdentity(new WeakMap<object, MethodologyIndex | (() => MethodologyIndex | undefined)>());

/**
 * Remember that `m` was built by `defineMethodology` (so it is valid) and keep its lookups.
 *
 * @category PAR INDEX
 */
export function register(m: Methodology): MethodologyIndex {
  const nodes = preorder(m.nodes);
  const index: MethodologyIndex = {
    byCode: new Map(nodes.map((n) => [n.code, n])),
    preorder: nodes,
    position: new Map(nodes.map((n, i) => [n.code, i])),
    partOwner: new Map(nodes.flatMap((n) => (n.parts ?? []).map((p) => [p.code, n] as const))),
  };
  INDEXES.set(m, index);
  return index;
}

/**
 * The lookups of a methodology built by `defineMethodology`, or `undefined` for anything else.
 *
 * @category PAR INDEX
 */
export function indexOfMethodology(m: unknown): MethodologyIndex | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const found = INDEXES.get(m);
  if (typeof found !== 'function') return found;
  const index = found();
  if (index !== undefined) INDEXES.set(m, index);
  return index;
}

/**
 * A methodology constant built on first use: `standIn` answers as a methodology built by `defineMethodology` from
 * now on (`build` gives the methodology it stands for).
 *
 * @category PAR INDEX
 */
export function registerLazy(standIn: object, build: () => Methodology): void {
  INDEXES.set(standIn, () => indexOfMethodology(build()));
}
