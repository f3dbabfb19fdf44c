// Public API of the report module, by name. Filled in by its issue.
export {};
