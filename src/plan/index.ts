// Public API of the plan module, by name. Filled in by its issue.
export {};
