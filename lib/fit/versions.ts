// Saved with every result so a stored outcome can be traced to the code and rules behind it.
// Bump ENGINE_VERSION for code changes that alter output; RULESET_VERSION when weights,
// filters or copy rules change.
export const ENGINE_VERSION = "1.0.0";
export const RULESET_VERSION = "fit-spec-2026.1";
