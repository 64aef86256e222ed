/**
 * The shape of data/sovereignty.json: the EU Cloud Sovereignty Framework as data (objectives,
 * weights, criteria with their answers, points and SEAL levels, the rules and their sources) and the
 * shipped products' answers, each cited. Kept apart from model.ts, like precedents.ts, so that only the
 * code that rates paths loads it. `sovereigntyDataFaults` checks what a schema cannot: references
 * between the parts, and that each criterion's answers rise as a ladder.
 *
 * Words in `quote`, `quotedName` and `quotedTitle` are the documents' own (here: third-party
 * transcriptions of the Commission's calculator, see `framework.status`); `name`, `description`,
 * `reading` and `note` are Vägval's own wording in both languages.
 */
import { z } from 'zod'
import {
  citationSchema,
  hostingSchema,
  idSchema as id,
  isoDateSchema as isoDate,
  nonEmptyTextSchema as nonEmptyText,
  sealSchema,
  sovereigntyCriterionSchema,
  sovereigntyObjectiveSchema,
} from '../model/model'
import type { Hosting } from '../model/model'
import { answerSeal, frameworkCriteria } from './sovereignty'

const bothLanguages = z.strictObject({ sv: nonEmptyText, en: nonEmptyText })
/** A document's own words (may be longer than a field of the model file). */
const quoted = z.string().min(1).max(2000)

/** A public page read in a stored copy: its address, when it was read, and whether it is a third party's (press, mirror, transcription). */
export const pageCitationSchema = z.strictObject({
  url: z.string().regex(/^https:\/\/\S+$/, 'must be an https address'),
  /** The page's own title, as it gives it. */
  quotedTitle: quoted.optional(),
  dateRead: isoDate,
  /** A third party's page (press, a wiki mirror, a transcription), not the vendor's or author's own. */
  secondary: z.boolean(),
  quote: quoted,
})

/** A document the framework's text, weights or rules are read from. */
export const frameworkSourceSchema = z.strictObject({
  id,
  url: z.string().regex(/^https:\/\/\S+$/, 'must be an https address'),
  quotedTitle: quoted,
  /** What it is, in Vägval's words. */
  description: bothLanguages,
  /** The document's date, as far as it is known. */
  date: isoDate.optional(),
  dateRead: isoDate,
  /** The Commission's own document (true), or a third party's transcription, blog or press (false). */
  primary: z.boolean(),
  version: nonEmptyText.optional(),
  /** What of it was read (e.g. only its address; the text is not stored). */
  note: bothLanguages.optional(),
})

/** One rung of a criterion's ladder: the calculator's answer, its points and its SEAL. */
export const frameworkAnswerSchema = z.strictObject({
  /** The answer's words as transcribed; null where the calculator's row has no label. */
  quote: quoted.nullable(),
  /** The answer in Vägval's own words, both languages (a translation of ours, never the Commission's), where given. */
  name: bothLanguages.optional(),
  /** Points of the answer (the objective's answers sum to about 1 000 at the top). */
  value: z.number().min(0),
  /** The SEAL of the answer; a pair [lower, higher] where the transcriptions disagree (kept both, never chosen). */
  seal: z.union([sealSchema, z.tuple([sealSchema, sealSchema])]),
  /** Each transcription's SEAL, by source id, where they disagree. */
  sealBySource: z.record(id, sealSchema).optional(),
  note: bothLanguages.optional(),
})

export const frameworkCriterionSchema = z.strictObject({
  id: sovereigntyCriterionSchema,
  /** A short name in Vägval's words. */
  name: bothLanguages,
  /** The criterion's words (title - description) as the transcription `quoteFrom` gives them. */
  quote: quoted,
  quoteFrom: id,
  answers: z.array(frameworkAnswerSchema).min(2).max(5),
  note: bothLanguages.optional(),
})

export const frameworkObjectiveSchema = z.strictObject({
  code: sovereigntyObjectiveSchema,
  /** The objective's name in Vägval's words (our translation). */
  name: bothLanguages,
  /** The calculator's name, as transcribed. */
  quotedName: quoted,
  /** The calculator's description, as transcribed. */
  quote: quoted,
  /** Weight on 0…1 in the calculator of 1 June 2026 (the default set). */
  weight: z.number().min(0).max(1),
  /** Weight on 0…1 in v1.2.1 of October 2025. */
  weight2025: z.number().min(0).max(1),
  criteria: z.array(frameworkCriterionSchema).min(1),
})

/** A SEAL level with its name and definition (v1.2.1, as transcribed). */
export const sealLevelSchema = z.strictObject({
  level: sealSchema,
  name: bothLanguages,
  quotedName: quoted,
  quote: quoted,
  /** The name the 2026 guidance uses where it differs. */
  quotedName2026: quoted.optional(),
  from: id,
})

/** A rule of the framework (how the score and the SEAL are formed, what an authority may adapt), with its words and source. */
export const frameworkRuleSchema = z.strictObject({
  id,
  about: bothLanguages,
  quote: quoted,
  from: id,
  /** Where in the source (as the source points to it). */
  where: bothLanguages.optional(),
})

export const weightSetSchema = z.strictObject({
  id: z.enum(['2026', '2025']),
  name: bothLanguages,
  from: z.array(id).min(1),
})

/**
 * A product's answer to one criterion, as run the ways `hosting` names (absent: however it is run),
 * with the documents it rests on. `answers` lists every answer the documents leave possible (one when
 * they settle it); `reading` says, in Vägval's words, how the quotes give that answer.
 */
export const ratingEntrySchema = z.strictObject({
  criterion: sovereigntyCriterionSchema,
  hosting: z.array(hostingSchema).min(1).optional(),
  answers: z.array(z.number().int().min(1).max(5)).min(1),
  reading: bothLanguages,
  sources: z.array(z.union([citationSchema, pageCitationSchema])).min(1),
})

/** One product's ratings: its answers, or the same answers as another product (`sameAs`, e.g. the M365 licence tiers). */
export const productRatingSchema = z
  .strictObject({
    sameAs: id.optional(),
    /** What was searched and not found, or why the product is rated as another. */
    note: bothLanguages.optional(),
    rated: z.array(ratingEntrySchema).optional(),
  })
  .refine((r) => (r.sameAs === undefined) !== (r.rated === undefined), { message: 'must give either rated answers or sameAs' })

export const sovereigntyFileSchema = z.strictObject({
  framework: z.strictObject({
    name: bothLanguages,
    version: nonEmptyText,
    /** The standing of the text: whose transcription, what was and was not read. */
    status: bothLanguages,
    dateRead: isoDate,
  }),
  sources: z.array(frameworkSourceSchema).min(1),
  weightSets: z.array(weightSetSchema).min(1),
  seals: z.array(sealLevelSchema).length(5),
  rules: z.array(frameworkRuleSchema),
  objectives: z.array(frameworkObjectiveSchema).length(8),
  /** Ratings by product id (of data/catalogue.json). A product not listed is unknown on every criterion. */
  ratings: z.record(id, productRatingSchema),
})

export type SovereigntyFile = z.infer<typeof sovereigntyFileSchema>
export type FrameworkObjective = z.infer<typeof frameworkObjectiveSchema>
export type FrameworkCriterion = z.infer<typeof frameworkCriterionSchema>
export type FrameworkAnswer = z.infer<typeof frameworkAnswerSchema>
export type RatingEntry = z.infer<typeof ratingEntrySchema>
export type ProductRating = z.infer<typeof productRatingSchema>
export type PageCitation = z.infer<typeof pageCitationSchema>

/**
 * What the schema cannot check in data/sovereignty.json: objectives in order with their own criteria,
 * weights that sum to 1, ladders that rise, disputed SEALs with both readings and their sources, and
 * ratings that name products (`productIds`, when given), criteria and answers that exist, once each.
 */
export function sovereigntyDataFaults(file: SovereigntyFile, productIds?: ReadonlySet<string>): string[] {
  const faults: string[] = []
  const sourceIds = new Set(file.sources.map((s) => s.id))
  const needSource = (at: string, ref: string) => {
    if (!sourceIds.has(ref)) faults.push(`${at}: no source "${ref}" in sources`)
  }
  file.seals.forEach((s, i) => {
    if (s.level !== i) faults.push(`seals[${i}].level: must be ${i}`)
    needSource(`seals[${i}].from`, s.from)
  })
  file.rules.forEach((r, i) => needSource(`rules[${i}].from`, r.from))
  file.weightSets.forEach((w, i) => w.from.forEach((ref, j) => needSource(`weightSets[${i}].from[${j}]`, ref)))
  for (const key of ['weight', 'weight2025'] as const) {
    const sum = file.objectives.reduce((s, o) => s + o[key], 0)
    if (Math.abs(sum - 1) > 1e-9) faults.push(`objectives: the ${key} values sum to ${sum}, not 1`)
  }
  const criteria = new Map(frameworkCriteria(file).map((c) => [c.id, c]))
  file.objectives.forEach((objective, o) => {
    if (objective.code !== `SOV-${o + 1}`) faults.push(`objectives[${o}].code: must be SOV-${o + 1}`)
    objective.criteria.forEach((criterion, c) => {
      const at = `objectives[${o}].criteria[${c}]`
      if (criterion.id !== `${objective.code}.${c + 1}`) faults.push(`${at}.id: must be ${objective.code}.${c + 1}`)
      needSource(`${at}.quoteFrom`, criterion.quoteFrom)
      criterion.answers.forEach((answer, a) => {
        const previous = criterion.answers[a - 1]
        if (previous && answer.value <= previous.value) faults.push(`${at}.answers[${a}].value: must be above the answer before it (the answers are a ladder)`)
        if (previous && (answerSeal(answer, 'lower') < answerSeal(previous, 'lower') || answerSeal(answer, 'higher') < answerSeal(previous, 'higher'))) {
          faults.push(`${at}.answers[${a}].seal: must not be below the answer before it`)
        }
        if (Array.isArray(answer.seal)) {
          if (answer.seal[0] >= answer.seal[1]) faults.push(`${at}.answers[${a}].seal: a disputed SEAL is [lower, higher]`)
          const readings = Object.values(answer.sealBySource ?? {})
          if (!readings.includes(answer.seal[0]) || !readings.includes(answer.seal[1])) faults.push(`${at}.answers[${a}].sealBySource: must give the source of each reading`)
        }
        for (const ref of Object.keys(answer.sealBySource ?? {})) needSource(`${at}.answers[${a}].sealBySource`, ref)
      })
    })
  })
  for (const [productId, rating] of Object.entries(file.ratings)) {
    const at = `ratings[${JSON.stringify(productId)}]`
    if (productIds && !productIds.has(productId)) faults.push(`${at}: no product "${productId}" in the catalogue`)
    if (rating.sameAs !== undefined) {
      const target = file.ratings[rating.sameAs]
      if (target === undefined) faults.push(`${at}.sameAs: no ratings of "${rating.sameAs}"`)
      else if (target.sameAs !== undefined) faults.push(`${at}.sameAs: "${rating.sameAs}" is itself rated as another product`)
    }
    const seen: { criterion: string; hosting: readonly Hosting[] | undefined }[] = []
    rating.rated?.forEach((entry, e) => {
      const criterion = criteria.get(entry.criterion)
      if (!criterion) {
        faults.push(`${at}.rated[${e}].criterion: no criterion ${entry.criterion}`)
        return
      }
      const rising = entry.answers.every((n, i) => i === 0 || n > (entry.answers[i - 1] ?? 0))
      if (!rising || entry.answers.some((n) => n > criterion.answers.length)) {
        faults.push(`${at}.rated[${e}].answers: must be answers 1 to ${criterion.answers.length} of ${entry.criterion}, each once, lowest first`)
      }
      const overlaps = seen.some(
        (s) => s.criterion === entry.criterion && (s.hosting === undefined || entry.hosting === undefined || s.hosting.some((h) => entry.hosting?.includes(h))),
      )
      if (overlaps) faults.push(`${at}.rated[${e}]: ${entry.criterion} is answered twice for the same hosting`)
      seen.push({ criterion: entry.criterion, hosting: entry.hosting })
    })
  }
  return faults
}
