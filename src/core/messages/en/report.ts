// English messages of the report module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Parameters are already formatted values (`show(x)`), never raw input.

export const ZERO_DENOMINATOR__dashboardClasses = (): string => 'The classes hold no units';
export const INVALID_INPUT__dashboardPaceDate = (): string => 'A date (asOf) is needed for the pace check';
export const INVALID_INPUT__dashboardSource = (): string => 'Give one of sources (a list of SourceRef) or the deprecated source, not both';
export const INVALID_INPUT__dashboardTarget = (): string => 'Give one of targetPercent or the deprecated target, not both';
export const INVALID_INPUT__chartColors = (p: { colors: number; statuses: number }): string =>
  `Expected one colour per status: ${p.colors} colours for ${p.statuses} statuses`;
export const INVALID_INPUT__taskStatus = (p: { received: string; suggestion: string }): string =>
  `Unknown task status ${p.received}${p.suggestion ? ` — did you mean '${p.suggestion}'?` : ''}`;

export const MISSING_OPTIONAL_PACKAGE = (p: { packages: string; feature: string; command: string }): string =>
  `${p.feature} needs the optional packages ${p.packages}, which are not installed. Install them with: ${p.command}`;
