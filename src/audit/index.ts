// Public API of the audit module, by name. Filled in by its issue.
export {};
