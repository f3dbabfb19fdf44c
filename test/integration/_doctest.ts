/**
 * Doctest support: extract code samples from JSDoc `@example` blocks (src/) and from ```ts blocks in guides (docs/),
 * and turn result comments into assertions.
 *
 * Conventions (documented in docs/contributing.md):
 * - a sample is self-contained: it imports what it uses from 'cchc' / 'cchc/datasets' (or node: modules);
 * - `expr; // <JS literal>` asserts that `expr` deep-equals the literal; a literal containing `…` is a partial match
 *   (toMatchObject) after removing the ellipsis;
 * - `expr; // throws CchcError CODE` asserts that `expr` throws a CchcError with that code;
 * - any other comment is prose and is not checked;
 * - a fence written ```ts no-run is not executed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Sample {
  /** file:line of the sample */
  readonly where: string;
  /** the symbol or heading it documents */
  readonly name: string;
  readonly code: string;
}

function walk(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...walk(p, ext));
    else if (p.endsWith(ext)) out.push(p);
  }
  return out.sort();
}

const FENCE = /^```(\w+)?([^\n]*)$/;

/** Samples from `@example` blocks of every JSDoc comment under `srcDir`. */
export function jsdocSamples(root: string, srcDir: string): Sample[] {
  const samples: Sample[] = [];
  for (const file of walk(join(root, srcDir), '.ts')) {
    const text = readFileSync(file, 'utf8');
    const re = /\/\*\*([\s\S]*?)\*\//g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const body = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const startLine = text.slice(0, m.index).split('\n').length;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
      const name =
        /(?:export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|class|interface|type|let)\s+)(\w+)/.exec(after)?.[1] ?? '(anonymous)';
      let inExample = false;
      let fence: { lang: string; info: string; lines: string[]; line: number } | undefined;
      body.forEach((line, i) => {
        if (/^@example\b/.test(line)) inExample = true;
        else if (/^@\w+/.test(line) && !fence) inExample = false;
        if (!inExample) return;
        const f = FENCE.exec(line.trim());
        if (f && !fence) fence = { lang: f[1] ?? '', info: f[2] ?? '', lines: [], line: startLine + i };
        else if (f && fence) {
          if (/^(ts|typescript|js)$/.test(fence.lang) && !/no-run/.test(fence.info)) {
            samples.push({ where: `${relative(root, file)}:${fence.line}`, name, code: fence.lines.join('\n') });
          }
          fence = undefined;
        } else if (fence) fence.lines.push(line);
      });
    }
  }
  return samples;
}

/** Samples from ```ts blocks of every Markdown file under `docsDir` (or only the files named in `only`). */
export function markdownSamples(root: string, docsDir: string, only?: readonly string[]): Sample[] {
  const samples: Sample[] = [];
  let files: string[] = [];
  try {
    files = only
      ? only.map((f) => join(root, docsDir, f))
      : walk(join(root, docsDir), '.md').filter((f) => !f.includes(`${join(root, docsDir, 'api')}`));
  } catch {
    return samples;
  }
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let heading = '';
    let fence: { lang: string; info: string; lines: string[]; line: number } | undefined;
    lines.forEach((line, i) => {
      const f = FENCE.exec(line.trim());
      if (!fence && /^#+\s/.test(line)) heading = line.replace(/^#+\s*/, '');
      if (f && !fence) fence = { lang: f[1] ?? '', info: f[2] ?? '', lines: [], line: i + 1 };
      else if (f && fence && line.trim() === '```') {
        if (/^(ts|typescript)$/.test(fence.lang) && !/no-run/.test(fence.info)) {
          samples.push({ where: `${relative(root, file)}:${fence.line}`, name: heading, code: fence.lines.join('\n') });
        }
        fence = undefined;
      } else if (fence) fence.lines.push(line);
    });
  }
  return samples;
}

function literalOf(comment: string): { kind: 'equal' | 'match'; source: string } | { kind: 'throws'; code: string } | undefined {
  const c = comment.trim();
  const t = /^throws\s+CchcError\s+([A-Z][A-Z0-9_]*)\b/.exec(c);
  if (t) return { kind: 'throws', code: t[1]! };
  // Only comments that start like a literal are candidates.
  if (!/^(['"`[{]|-?\d|true\b|false\b|null\b|undefined\b)/.test(c)) return undefined;
  const partial = c.includes('…');
  // strip a trailing prose remark in parentheses: `'56,34%' (the report printed …)`
  const candidates = [c.replace(/\s+\([^()]*\)\s*$/, ''), c];
  for (const cand of candidates) {
    const source = partial ? cand.replace(/,\s*…\s*/g, ' ').replace(/…/g, '') : cand;
    try {
      // eslint-disable-next-line no-new-func
      new Function(`return (${source});`);
      return { kind: partial ? 'match' : 'equal', source };
    } catch {
      /* not a literal */
    }
  }
  return undefined;
}

/**
 * Rewrite a sample into a module that asserts its result comments. Returns the module source and how many
 * assertions it holds.
 */
export function instrument(code: string): { source: string; assertions: number } {
  let assertions = 0;
  const lines = code.split('\n').map((line) => {
    const m =
      /^(\s*)(?!(?:import|export|const|let|var|type|interface|function|class|return|if|for|while|try|catch|throw)\b)([^/][^;]*?);\s*\/\/\s?(.*)$/.exec(
        line,
      );
    if (!m) return line;
    const [, indent, expr, comment] = m;
    if ((expr!.match(/\(/g) ?? []).length !== (expr!.match(/\)/g) ?? []).length) return line;
    const lit = literalOf(comment!);
    if (!lit) return line;
    assertions++;
    if (lit.kind === 'throws') return `${indent}__doctest.throws(() => (${expr}), ${JSON.stringify(lit.code)});`;
    return `${indent}__doctest.${lit.kind}(${expr}, (${lit.source}), ${JSON.stringify(line.trim())});`;
  });
  return { source: lines.join('\n'), assertions };
}
