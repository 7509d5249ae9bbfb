import { DEFAULT_POLICIES } from "../../lib/policies/default-policies";
import { POLICY_SLUGS } from "../../lib/policies/policy-slugs";

// The store policy pages' first text: the same defaults the pages show while no row exists
// (lib/policies/default-policies.ts), written once so staff edit a real row.
export const SEED_POLICY_PAGES = POLICY_SLUGS.map((slug) => ({ slug, ...DEFAULT_POLICIES[slug] }));
