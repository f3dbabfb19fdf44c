// Vietnamese messages of the quota module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en.
export {};
