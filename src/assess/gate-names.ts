/**
 * The names of the gates `scan --fail-on` knows, in the order its help lists them (gates.ts defines each).
 * On their own so that a scan that asks for no gate does not load the assessment to check its options.
 */
export const GATE_NAMES = ['no-cultural-exemption', 'ecommerce-not-covered', 'no-convention-reference', 'no-policy-space', 'no-preferential-treatment'] as const;

export type GateName = (typeof GATE_NAMES)[number];
