// Public API of the par module, by name. Filled in by its issue.
export {};
