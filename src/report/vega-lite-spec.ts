/**
 * A Vega-Lite specification as plain JSON (đặc tả biểu đồ): render it with vega-embed in a notebook or a web page, or
 * to SVG with `vega` + `vega-lite` (what `cchc report --format html` does). `cchc` builds specs with pure functions and
 * does not depend on Vega itself.
 *
 * @example
 * ```ts
 * import type { VegaLiteSpec } from 'cchc';
 * const spec: VegaLiteSpec = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', mark: 'bar' };
 * ```
 *
 * @category Reports
 */
export type VegaLiteSpec = { readonly $schema: string } & Readonly<Record<string, unknown>>;

/**
 * The Vega-Lite schema the specs target.
 *
 * @example
 * ```ts
 * import { VEGA_LITE_SCHEMA } from 'cchc';
 * VEGA_LITE_SCHEMA; // 'https://vega.github.io/schema/vega-lite/v6.json'
 * ```
 *
 * @category Reports
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
