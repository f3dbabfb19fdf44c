// Public API of the calendar module, by name. Filled in by its issue.
export {};
