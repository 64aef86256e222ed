/**
 * The shape of data/precedents.json: what comparable organisations decided and why. Kept apart from
 * model.ts so that only the precedents screen and the tests load it (the index re-exports its types).
 */
import { z } from 'zod'
import { checkIdSchema, citationSchema, idSchema as id, isoDateSchema as isoDate, nonEmptyTextSchema as nonEmptyText } from '../model/model'

const bothLanguages = z.strictObject({ sv: nonEmptyText, en: nonEmptyText })

/** What kind of thing a precedent is: a decision (or a proposal for one), an option weighed, a reason, a fact, … */
export const precedentKindSchema = z.enum(['decision', 'option', 'reason', 'fact', 'need', 'rule', 'risk', 'measure', 'objection', 'cost', 'date'])

/**
 * One decision or fact of a comparable organisation's document (data/precedents.json): what it says
 * in both languages, the document's own words, and where Vägval's model uses it.
 */
export const precedentSchema = z.strictObject({
  id,
  /** An organisation id of the file's `organisations`. */
  organisation: id,
  kind: precedentKindSchema,
  title: bothLanguages,
  /** What the document says, in Vägval's words. */
  text: bothLanguages,
  /** The date the entry is about (an opinion given, an agreement ending), as the document gives it. */
  date: isoDate.optional(),
  source: citationSchema.extend({ quote: z.string().min(1).max(2000) }),
  /** How Vägval's model uses it, when it does. */
  inModel: bothLanguages.optional(),
  /** The parts of the model it bears on: scenario ids, forgotten-cost checks, products, capabilities. */
  bears: z
    .strictObject({
      scenarios: z.array(id).optional(),
      checks: z.array(checkIdSchema).optional(),
      products: z.array(id).optional(),
      features: z.array(id).optional(),
    })
    .optional(),
})
export const precedentOrganisationSchema = z.strictObject({ id, name: bothLanguages, summary: bothLanguages })
/** data/precedents.json: what comparable organisations decided and why. */
export const precedentsFileSchema = z.strictObject({
  organisations: z.array(precedentOrganisationSchema),
  precedents: z.array(precedentSchema),
})
export type Precedent = z.infer<typeof precedentSchema>
export type PrecedentKind = z.infer<typeof precedentKindSchema>
export type PrecedentOrganisation = z.infer<typeof precedentOrganisationSchema>
export type PrecedentsFile = z.infer<typeof precedentsFileSchema>
