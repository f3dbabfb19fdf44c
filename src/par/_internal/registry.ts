import type { Methodology, MethodologyNode } from '../methodology.js';
import { preorder } from './tree.js';

/** Lookups computed once per validated methodology. */
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

const INDEXES = new WeakMap<object, MethodologyIndex>();

/** Remember that `m` was built by `defineMethodology` (so it is valid) and keep its lookups. */
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

/** The lookups of a methodology built by `defineMethodology`, or `undefined` for anything else. */
export function indexOfMethodology(m: unknown): MethodologyIndex | undefined {
  return typeof m === 'object' && m !== null ? INDEXES.get(m) : undefined;
}
