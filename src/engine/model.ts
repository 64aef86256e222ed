/**
 * The shape of a case: the single source of truth for the model file (schemaVersion 1), the shipped
 * catalogue and sources. Every entrance (file, storage, link, preset, command line) parses through
 * these schemas; the TypeScript types are inferred from them, and `data/schema/` is generated from
 * them (a test keeps the two in step).
 *
 * Money unit: whole currency units (kronor or euro) as plain numbers. Intermediate values may carry
 * fractions (shares, discounting); rounding happens once, at output (see finance.ts).
 */
import { z } from 'zod'
import { LIMITS } from './limits'

export const SCHEMA_VERSION = 1

const id = z
  .string({ error: 'must be a text id' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1–64 lower-case letters, digits or hyphens')

const text = z.string({ error: 'must be a text' }).max(LIMITS.textLength, `must be at most ${LIMITS.textLength} characters`)
const nonEmptyText = text.min(1, 'must not be empty')

/** A text in Swedish (the source language), optionally with its English form. */
export const localTextSchema = z.union([
  nonEmptyText,
  z.strictObject({ sv: nonEmptyText, en: nonEmptyText }),
])

const isoDate = z
  .string({ error: 'must be a date' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY')

const year = z
  .number({ error: 'must be a year' })
  .int('must be a whole year')
  .min(LIMITS.yearMin, `must be a year from ${LIMITS.yearMin}`)
  .max(LIMITS.yearMax, `must be a year up to ${LIMITS.yearMax}`)

const share = z.number({ error: 'must be a number' }).min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1')

/** Where a figure or claim comes from: an id of `data/sources.json` (or of the case's own sources) and a place in it. */
export const citationSchema = z.strictObject({
  source: id,
  locator: nonEmptyText.meta({ description: 'section, table or page in the source' }),
  quote: z.string().max(2000).optional(),
})

/** An amount that is not known. It is never treated as 0: totals that need it are marked incomplete. */
export const unknownSchema = z.strictObject({
  value: z.null({ error: 'must be null for an unknown amount' }),
  reason: nonEmptyText,
})

function numberWithin(max: number, maxMessage: string, isWhole: boolean) {
  const base = z.number({ error: isWhole ? 'must be a whole number ≥ 0' : 'must be a number ≥ 0' })
  const checked = isWhole ? base.int('must be a whole number ≥ 0') : base
  return checked.min(0, isWhole ? 'must be a whole number ≥ 0' : 'must be a number ≥ 0').max(max, maxMessage)
}

function rangeOf(value: z.ZodNumber) {
  return z
    .strictObject({ low: value, likely: value, high: value })
    .refine((r) => r.low <= r.likely && r.likely <= r.high, { message: 'must have low ≤ likely ≤ high' })
}

function amountOf(value: z.ZodNumber) {
  return z.union([value, rangeOf(value), unknownSchema])
}

/** A sum of money: known, a range low/likely/high, or unknown with a reason. */
export const moneySchema = amountOf(numberWithin(LIMITS.maxAmount, `must be at most ${LIMITS.maxAmount}`, false))
/** A price per user and year, or per year: at most LIMITS.maxPrice. */
export const priceSchema = amountOf(numberWithin(LIMITS.maxPrice, `must be a price of at most ${LIMITS.maxPrice}`, false))
/** A count of users: a whole number up to LIMITS.maxUsers. */
export const userCountSchema = amountOf(numberWithin(LIMITS.maxUsers, `must be at most ${LIMITS.maxUsers} users`, true))
/** Hours of staff time per user. */
export const hoursSchema = amountOf(numberWithin(LIMITS.maxHours, `must be at most ${LIMITS.maxHours} hours`, false))

export const currencySchema = z.enum(['SEK', 'EUR'], { error: 'must be SEK or EUR' })

export const featureLevelSchema = z.enum(['full', 'partial', 'none', 'unknown'])

export const pricingSchema = z.strictObject({
  /** `user-year`: per user and year; `year`: a flat amount per year. */
  unit: z.enum(['user-year', 'year'], { error: 'must be user-year or year' }),
  amount: priceSchema,
  currency: currencySchema,
  asOf: isoDate.optional(),
  source: citationSchema.optional(),
  note: text.optional(),
})

export const productSchema = z.strictObject({
  id,
  name: localTextSchema,
  vendor: nonEmptyText,
  /** ISO 3166-1 alpha-2 country of the vendor's owner. */
  vendorCountry: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code').optional(),
  description: localTextSchema.optional(),
  pricing: pricingSchema,
  /** Products whose function this one includes at no extra cost (e.g. E3 includes Teams). */
  includes: z.array(nonEmptyText).optional(),
  features: z
    .record(id, z.strictObject({ level: featureLevelSchema, source: citationSchema.optional(), note: text.optional() }))
    .optional(),
  jurisdiction: z
    .strictObject({
      /** Third-country laws that give foreign authorities access to data held by this vendor. */
      thirdCountryLaws: z.array(z.enum(['cloud-act', 'fisa-702'])),
      source: citationSchema.optional(),
    })
    .optional(),
  hosting: z.array(z.enum(['own-servers', 'swedish-provider', 'eu-provider', 'us-cloud'])).optional(),
  openSource: z.boolean().optional(),
  source: citationSchema.optional(),
})

export const userGroupSchema = z.strictObject({
  id,
  name: localTextSchema,
  /** Users in the group in every year of the horizon, unless `usersByYear` says otherwise. */
  users: userCountSchema,
  /** Users in given years (keys are years), for growth or shrinkage. */
  usersByYear: z.record(z.string().regex(/^\d{4}$/, 'must be a year'), userCountSchema).optional(),
  source: citationSchema.optional(),
})

export const organisationSchema = z.strictObject({
  name: nonEmptyText,
  groups: z.array(userGroupSchema).min(1, 'must have at least one user group').max(LIMITS.maxGroups),
  /** Cost of one hour of staff time, in the case's currency (training is counted with it). */
  hourlyCost: moneySchema,
  hourlyCostSource: citationSchema.optional(),
})

export const settingsSchema = z.strictObject({
  startYear: year,
  years: z
    .number({ error: 'must be a number of years' })
    .int('must be a whole number of years')
    .min(1, 'must be 1 to 10 years')
    .max(LIMITS.maxYears, 'must be 1 to 10 years'),
  currency: currencySchema,
  /** Discount rate as a fraction (0.03 for 3 %); year t from the start is discounted by (1 + r)^t. */
  discountRate: z.number({ error: 'must be a number' }).min(0, 'must be 0 or more').max(0.5, 'must be at most 0.5 (50 %)'),
})

/** Products assigned to users: either to user groups (users follow the groups' counts) or to an explicit count. */
export const licenceLineSchema = z
  .strictObject({
    productId: id,
    groups: z.array(id).min(1, 'must name at least one group').optional(),
    users: userCountSchema.optional(),
    /** Share of those users on the product (1 = all). */
    share: share.optional(),
    /** First and last year the licence is paid (default: the whole horizon). */
    from: year.optional(),
    to: year.optional(),
    note: localTextSchema.optional(),
    source: citationSchema.optional(),
  })
  .refine((l) => l.groups !== undefined || l.users !== undefined, {
    message: 'must name user groups or a number of users',
  })
  .refine((l) => l.from === undefined || l.to === undefined || l.from <= l.to, {
    message: 'from must not be after to',
    path: ['to'],
  })

export const costCategorySchema = z.enum(['licences', 'training', 'implementation', 'operations', 'exit'])

/** A cost that is not a licence: one-off in `year`, or recurring every year from `from` to `to`. */
export const costLineSchema = z
  .strictObject({
    label: localTextSchema,
    category: costCategorySchema,
    kind: z.enum(['one-off', 'recurring']),
    amount: moneySchema,
    year: year.optional(),
    from: year.optional(),
    to: year.optional(),
    source: citationSchema.optional(),
    note: localTextSchema.optional(),
  })
  .refine((c) => c.kind !== 'one-off' || c.year !== undefined, { message: 'a one-off cost needs a year', path: ['year'] })
  .refine((c) => c.from === undefined || c.to === undefined || c.from <= c.to, {
    message: 'from must not be after to',
    path: ['to'],
  })

/** Training: hours per user × hourly cost, for a share of the named groups (or all users), in one year. */
export const trainingLineSchema = z.strictObject({
  label: localTextSchema,
  /** Group ids; omitted means every user of the organisation. */
  groups: z.array(id).optional(),
  share: share.optional(),
  hoursPerUser: hoursSchema,
  /** Cost of an hour; omitted means the organisation's hourly cost. */
  hourlyCost: moneySchema.optional(),
  year,
  source: citationSchema.optional(),
  note: localTextSchema.optional(),
})

/** A saving per year (a positive amount here; shown as negative `benefits`). */
export const benefitLineSchema = z.strictObject({
  label: localTextSchema,
  amount: moneySchema,
  from: year,
  to: year.optional(),
  /** Whether it counts in the totals; a saving the source gives no basis for can be recorded but left out. */
  counted: z.boolean(),
  source: citationSchema.optional(),
  note: localTextSchema.optional(),
})

/** A total that a source states, to check against the lines it is made of. */
export const statedTotalSchema = z.strictObject({
  /** `licences-per-year`: the scenario's licence cost in its first full year. */
  scope: z.enum(['licences-per-year']),
  stated: z.number().min(0),
  source: citationSchema,
})

export const scenarioSchema = z.strictObject({
  id,
  name: localTextSchema,
  description: localTextSchema.optional(),
  licences: z.array(licenceLineSchema),
  costs: z.array(costLineSchema),
  training: z.array(trainingLineSchema),
  benefits: z.array(benefitLineSchema),
  statedTotals: z.array(statedTotalSchema).optional(),
  source: citationSchema.optional(),
})

export const priceOverrideSchema = z.strictObject({
  amount: priceSchema,
  note: text.optional(),
})

export const sourceSchema = z.strictObject({
  id,
  title: nonEmptyText,
  organisation: nonEmptyText,
  /** Date of the document, or the date a web page was read. */
  date: isoDate,
  /** The seed file under shared/seeds the text comes from, when it is one of the project's source documents. */
  seed: z.string().optional(),
  url: z.string().optional(),
  note: text.optional(),
})

export const caseSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
  name: localTextSchema,
  description: localTextSchema.optional(),
  organisation: organisationSchema,
  settings: settingsSchema,
  catalogue: z
    .strictObject({
      /** The organisation's own products, beside the shipped catalogue. */
      products: z.array(productSchema).optional(),
      /** Changed prices of shipped products, by product id; removing one restores the source figure. */
      overrides: z.record(id, priceOverrideSchema).optional(),
    })
    .optional(),
  /** The case's own sources, beside the shipped bibliography. */
  sources: z.array(sourceSchema).optional(),
  scenarios: z.array(scenarioSchema).min(1, 'must have at least one scenario').max(LIMITS.maxScenarios),
  /** Figures the source gives that the case records but does not count, with why. */
  notes: z.array(localTextSchema).optional(),
})

export const catalogueFileSchema = z.strictObject({ products: z.array(productSchema) })
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) })

export type LocalText = z.infer<typeof localTextSchema>
export type Citation = z.infer<typeof citationSchema>
export type Unknown = z.infer<typeof unknownSchema>
/** A known number, a range, or unknown with a reason. */
export type Amount = z.infer<typeof moneySchema>
export type Range = { low: number; likely: number; high: number }
export type Currency = z.infer<typeof currencySchema>
export type FeatureLevel = z.infer<typeof featureLevelSchema>
export type Pricing = z.infer<typeof pricingSchema>
export type Product = z.infer<typeof productSchema>
export type UserGroup = z.infer<typeof userGroupSchema>
export type Organisation = z.infer<typeof organisationSchema>
export type Settings = z.infer<typeof settingsSchema>
export type LicenceLine = z.infer<typeof licenceLineSchema>
export type CostCategory = z.infer<typeof costCategorySchema>
export type CostLine = z.infer<typeof costLineSchema>
export type TrainingLine = z.infer<typeof trainingLineSchema>
export type BenefitLine = z.infer<typeof benefitLineSchema>
export type StatedTotal = z.infer<typeof statedTotalSchema>
export type Scenario = z.infer<typeof scenarioSchema>
export type PriceOverride = z.infer<typeof priceOverrideSchema>
export type Source = z.infer<typeof sourceSchema>
/** A whole case: the model file. */
export type Case = z.infer<typeof caseSchema>
