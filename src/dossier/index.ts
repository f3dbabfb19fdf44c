// Public API of the dossier module, by name. Filled in by its issue.
export {};
