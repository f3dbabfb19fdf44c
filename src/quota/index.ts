// Public API of the quota module, by name. Filled in by its issue.
export {};
