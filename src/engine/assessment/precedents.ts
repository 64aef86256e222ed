/**
 * The shape of data/precedents.json: what comparable organisations proposed, decided, objected and
 * replied, each entry as its document says it. Kept apart from model.ts so that only the precedents
 * screen and the tests load it (the index re-exports its types).
 *
 * An entry's `kind` is what the document is doing, never more: a proposal is not a decision, advice is
 * not a rule. A decision names the body that took it and its date (or marks the date as our reading);
 * a proposal names who made it and to whom; a recommendation, advice, objection or reply who gave it.
 * A reply names the objections it answers, so that neither side of an exchange is shown alone.
 */
import { z } from 'zod'
import { checkIdSchema, citationSchema, idSchema as id, isoDateSchema as isoDate, nonEmptyTextSchema as nonEmptyText } from '../model/model'

const bothLanguages = z.strictObject({ sv: nonEmptyText, en: nonEmptyText })

/**
 * What the document is doing with the entry: deciding (a body decided it), proposing (to a body),
 * recommending or advising (an author or outside adviser), assessing (its own judgement), weighing an
 * option, describing, objecting, replying to an objection, stating a fact, naming a risk, a need or a cost.
 */
export const precedentKindSchema = z.enum([
  'decision',
  'proposal',
  'recommendation',
  'advice',
  'assessment',
  'option',
  'description',
  'objection',
  'reply',
  'fact',
  'risk',
  'need',
  'cost',
])
export type PrecedentKind = z.infer<typeof precedentKindSchema>

/** Kinds that are someone's voice: the entry names who (`by`). */
const SPOKEN: readonly PrecedentKind[] = ['proposal', 'recommendation', 'advice', 'objection', 'reply']

/**
 * One entry of a comparable organisation's documents (data/precedents.json): what it says in both
 * languages, the document's own words, and where Vägval's model uses it.
 */
export const precedentSchema = z
  .strictObject({
    id,
    /** An organisation id of the file's `organisations`. */
    organisation: id,
    kind: precedentKindSchema,
    title: bothLanguages,
    /** What the document says, in Vägval's words: never a stronger modal verb than the quote's, nor a wider or narrower scope. */
    text: bothLanguages,
    /** For a decision: the body that took it, as the document names it. It, `by` and `to` are written as in running text ("kommunstyrelsen", not "Kommunstyrelsen"). */
    decidedBy: bothLanguages.optional(),
    /** Who proposes, recommends, advises, objects or replies, as the document names them. */
    by: bothLanguages.optional(),
    /** For a proposal: the body it is put to (and, where the document says so, the addressee of advice or a reply). */
    to: bothLanguages.optional(),
    /** The date the entry is about (a decision taken, an opinion given, an agreement ending). */
    date: isoDate.optional(),
    /** The date is Vägval's reading (the document does not state it): shown marked as such, with `dateNote`. */
    isDateOurReading: z.literal(true).optional(),
    /** What the date is, or why it is read so. */
    dateNote: bothLanguages.optional(),
    /** For a reply: the objections (entry ids) it answers; each objection shows its replies. */
    replyTo: z.array(id).min(1).optional(),
    /** For an objection the documents hold no reply to: what the documents say instead (shown with it). */
    unanswered: bothLanguages.optional(),
    source: citationSchema.extend({ quote: z.string().min(1).max(2000) }),
    /** How Vägval's model uses it; absent where the model does not (the screen says so). */
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
  .superRefine((p, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message })
    }
    if (p.kind === 'decision') {
      need(p.decidedBy !== undefined, 'decidedBy', 'a decision names the body that took it')
      need(p.date !== undefined, 'date', 'a decision has a date: the document’s, or one marked as our reading')
    } else need(p.decidedBy === undefined, 'decidedBy', 'only a decision has a deciding body')
    if (SPOKEN.includes(p.kind)) need(p.by !== undefined, 'by', `a ${p.kind} names who gave it`)
    if (p.kind === 'proposal') need(p.to !== undefined, 'to', 'a proposal names the body it is put to')
    need(p.isDateOurReading === undefined || (p.date !== undefined && p.dateNote !== undefined), 'dateNote', 'a date read by us says why')
    need(p.replyTo === undefined || p.kind === 'reply', 'replyTo', 'only a reply answers objections')
    need(p.kind !== 'reply' || p.replyTo !== undefined, 'replyTo', 'a reply names the objections it answers')
    need(p.unanswered === undefined || p.kind === 'objection', 'unanswered', 'only an objection can be unanswered')
    need(p.bears === undefined || p.inModel !== undefined, 'inModel', 'an entry that bears on parts of the model says how the model uses it')
  })
export type Precedent = z.infer<typeof precedentSchema>

const pathStepSchema = z.strictObject({
  /** In Vägval's words, short enough for a table cell. */
  text: bothLanguages,
  /** The entries it rests on: proposals for a proposal step, decisions for a decision step. */
  precedents: z.array(id).min(1),
})

/**
 * An organisation's path at a glance (the table at the top of the screen): what was proposed, by
 * whom to whom (from the proposals' `by` and `to`), what was decided where the documents say so (from
 * the decisions' `decidedBy` and date), and what the documents leave unknown.
 */
export const precedentPathSchema = z.strictObject({
  proposed: z.array(pathStepSchema),
  decided: z.array(pathStepSchema),
  notKnown: z.array(bothLanguages).min(1),
})

export const precedentOrganisationSchema = z.strictObject({
  id,
  name: bothLanguages,
  /** ISO 3166-1 alpha-2 country of the organisation. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
  summary: bothLanguages,
  path: precedentPathSchema,
})
/** data/precedents.json: what comparable organisations decided and why. */
export const precedentsFileSchema = z.strictObject({
  organisations: z.array(precedentOrganisationSchema),
  precedents: z.array(precedentSchema),
})
export type PrecedentOrganisation = z.infer<typeof precedentOrganisationSchema>
export type PrecedentPath = z.infer<typeof precedentPathSchema>
export type PrecedentsFile = z.infer<typeof precedentsFileSchema>
