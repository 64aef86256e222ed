import referenceFile from '../../data/reference.json'
import type { ReferenceRow } from '~/engine'

/** The public reference figures of data/reference.json, checked when the app is built and by the tests (scripts/shipped-data.ts). */
export const references: readonly ReferenceRow[] = (referenceFile as unknown as { references: ReferenceRow[] }).references

/** The cited escalation defaults: the one for the general rate, and those for products. */
export function useReferences() {
  const escalation = references.filter((r) => r.kind === 'escalation')
  return {
    references,
    generalDefaults: escalation.filter((r) => r.appliesTo?.general),
    /** Cited escalation defaults for a product id. */
    productDefaults: (productId: string) => escalation.filter((r) => r.appliesTo?.products?.includes(productId)),
  }
}
