// Public API of the indicator module, by name. Filled in by its issue.
export {};
