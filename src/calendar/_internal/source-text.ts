import type { SourceRef } from '../../core/source-ref.js';

/**
 * Citations as one text, for the deprecated `source: string` fields (0.1): "document, article (date) — url (note)",
 * joined with " ; ".
 * @internal
 */
export function sourceText(sources: readonly SourceRef[]): string {
  return sources
    .map((r) => {
      const where = `${r.article ? `, ${r.article}` : ''}${r.date ? ` (${r.date})` : ''}`;
      return `${r.document}${where}${r.url ? ` — ${r.url}` : ''}${r.note ? ` (${r.note})` : ''}`;
    })
    .join(' ; ');
}
