import type { MethodologyNode } from '../methodology.js';

/**
 * Every node under `roots` in pre-order (the order of the annex table), with an explicit stack rather than recursion,
 * so that the walk never depends on the depth of the tree.
 *
 * @category PAR INDEX
 */
export function preorder(roots: readonly MethodologyNode[]): MethodologyNode[] {
  const out: MethodologyNode[] = [];
  const stack: MethodologyNode[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
