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
import { SCHEMA_VERSION } from './version'

// No compiled parsers: zod's check for whether it may compile code (`new Function`) is itself a
// violation of the app's Content Security Policy, reported on every page load. Parsing a case
// without compiling takes well under a millisecond, so nothing is lost. Set before any schema is made.
z.config({ jitless: true })

export { SCHEMA_VERSION }

const id = z
  .string({ error: 'must be a text id' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1–64 lower-case letters, digits or hyphens')

/** Ids, dates and texts as every data file writes them (shared with the schemas of engine/assessment/precedents.ts). */
export const idSchema = id

const text = z.string({ error: 'must be a text' }).max(LIMITS.textLength, `must be at most ${LIMITS.textLength} characters`)
// A text of only spaces names nothing: refused as an empty one is (the pattern lets '' through to min's message).
const nonEmptyText = text.min(1, 'must not be empty').regex(/\S|^$/, 'must not be only spaces')
export const nonEmptyTextSchema = nonEmptyText

/** A text in Swedish (the source language), optionally with its English form. */
export const localTextSchema = z.union([
  nonEmptyText,
  z.strictObject({ sv: nonEmptyText, en: nonEmptyText }),
])
/** A note that files of earlier versions may have left empty (""), now also in both languages. */
const noteSchema = z.union([text, z.strictObject({ sv: nonEmptyText, en: nonEmptyText })])

/** Whether a YYYY-MM-DD, YYYY-MM or YYYY text names a day the calendar has (not 2024-13-45 or 2023-02-29). */
function isCalendarDate(text: string): boolean {
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number)
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const isoDate = z
  .string({ error: 'must be a date' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((text) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) || isCalendarDate(text), 'must be a date the calendar has (month 01–12, a day the month has)')
export const isoDateSchema = isoDate

/** Every number of a case is 0 or at least LIMITS.smallest in size, so none is written as 1e-7. */
const notTiny = (value: number) => value === 0 || Math.abs(value) >= LIMITS.smallest
const notTinyMessage = `must be 0 or at least ${LIMITS.smallest.toFixed(6)}`

const year = z
  .number({ error: 'must be a year' })
  .int('must be a whole year')
  .min(LIMITS.yearMin, `must be a year from ${LIMITS.yearMin}`)
  .max(LIMITS.yearMax, `must be a year up to ${LIMITS.yearMax}`)

const share = z
  .number({ error: 'must be a number' })
  .min(0, 'must be between 0 and 1')
  .max(1, 'must be between 0 and 1')
  .refine(notTiny, notTinyMessage)

/**
 * Where a figure or claim comes from: an id of `data/sources.json` (or of the case's own sources) and a
 * place in it. `quote` is the document's own words only (`[…]` marks an omission); how the case reads
 * them where the document does not say (a period, a year, a derivation) goes in `reading`, which is
 * shown marked as the case's assumption.
 */
export const citationSchema = z.strictObject({
  source: id,
  locator: localTextSchema.meta({ description: 'section, table or page in the source' }),
  quote: z.string().max(2000).optional(),
  /** The quote is a table row rebuilt from its cells (joined with " | "), not running text of the document. */
  quoteFromTable: z.boolean().optional(),
  /** The case's reading of the source where the document does not state it: shown as an assumption, never as the source's words. */
  reading: localTextSchema.optional(),
})

/** An amount that is not known. It is never treated as 0: totals that need it are marked incomplete. */
export const unknownSchema = z.strictObject({
  value: z.null({ error: 'must be null for an unknown amount' }),
  reason: localTextSchema,
})

function numberWithin(max: number, maxMessage: string, isWhole: boolean) {
  const base = z.number({ error: isWhole ? 'must be a whole number ≥ 0' : 'must be a number ≥ 0' })
  const checked = isWhole ? base.int('must be a whole number ≥ 0') : base
  return checked.min(0, isWhole ? 'must be a whole number ≥ 0' : 'must be a number ≥ 0').max(max, maxMessage).refine(notTiny, notTinyMessage)
}

type NumberSchema = z.ZodType<number, number>

function rangeOf(value: NumberSchema) {
  return z
    .strictObject({ low: value, likely: value, high: value })
    .refine((r) => r.low <= r.likely && r.likely <= r.high, { message: 'must have low ≤ likely ≤ high' })
}

function amountOf(value: NumberSchema) {
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

/** A yearly rate as a fraction (0.047 for 4.7 % a year), known or as a range; may be negative (price cuts). */
const rateValue = z
  .number({ error: 'must be a number' })
  .min(-0.5, 'must be at least −0.5 (−50 %)')
  .max(1, 'must be at most 1 (100 %)')
  .refine(notTiny, notTinyMessage)
export const rateSchema = z.union([
  rateValue,
  z
    .strictObject({ low: rateValue, likely: rateValue, high: rateValue })
    .refine((r) => r.low <= r.likely && r.likely <= r.high, { message: 'must have low ≤ likely ≤ high' }),
])
/** Full-time equivalents of staff. */
export const fteSchema = amountOf(numberWithin(LIMITS.maxFte, `must be at most ${LIMITS.maxFte} FTE`, false))
/** An exchange rate: units of the case's currency for one unit of another. */
export const exchangeRateSchema = amountOf(numberWithin(LIMITS.maxExchangeRate, `must be at most ${LIMITS.maxExchangeRate}`, false))

export const currencySchema = z.enum(['SEK', 'EUR'], { error: 'must be SEK or EUR' })

export const featureLevelSchema = z.enum(['full', 'partial', 'none', 'unknown'])
export const hostingSchema = z.enum(['own-servers', 'swedish-provider', 'eu-provider', 'us-cloud'])
export const needLevelSchema = z.enum(['must', 'should', 'could', 'none'])
/** A year as a key (`"2025"`), within the same limits as every year of a case. */
const yearKey = z
  .string()
  .regex(/^\d{4}$/, 'must be a year')
  .refine((key) => Number(key) >= LIMITS.yearMin && Number(key) <= LIMITS.yearMax, {
    message: `must be a year from ${LIMITS.yearMin} to ${LIMITS.yearMax}`,
  })

/** Third-country laws that can give foreign authorities access to data a vendor holds. */
export const thirdCountryLawSchema = z.enum(['cloud-act', 'fisa-702'])

/** What a source says about one capability of a product (ids of data/features.json); `unknown` where the sources are silent. */
export const featureClaimSchema = z.strictObject({
  level: featureLevelSchema,
  source: citationSchema.optional(),
  note: localTextSchema.optional(),
})

export const pricingSchema = z.strictObject({
  /** `user-year`: per user and year; `year`: a flat amount per year. */
  unit: z.enum(['user-year', 'year'], { error: 'must be user-year or year' }),
  amount: priceSchema,
  currency: currencySchema,
  asOf: isoDate.optional(),
  source: citationSchema.optional(),
  note: noteSchema.optional(),
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
  features: z.record(id, featureClaimSchema).optional(),
  /** Claims that differ when the product is run a given way (e.g. Microsoft on own servers has no Teams); they replace `features` entries. */
  featuresByHosting: z.partialRecord(hostingSchema, z.record(id, featureClaimSchema)).optional(),
  jurisdiction: z
    .strictObject({
      /** Third-country laws that give foreign authorities access to data held by this vendor. */
      thirdCountryLaws: z.array(thirdCountryLawSchema),
      source: citationSchema.optional(),
      /** The source of each law named, where it differs from `source`. */
      lawSources: z.partialRecord(thirdCountryLawSchema, citationSchema).optional(),
      note: localTextSchema.optional(),
    })
    .optional(),
  hosting: z.array(hostingSchema).optional(),
  hostingSource: citationSchema.optional(),
  /**
   * Parts of the product whose support ends when it is run a given way (Exchange Server 2016/2019 on
   * own servers, 2025-10-14), with the successor the vendor offers and its price (unknown where not public).
   */
  endOfSupport: z
    .array(
      z.strictObject({
        hosting: hostingSchema,
        component: localTextSchema,
        date: isoDate,
        source: citationSchema,
        successor: localTextSchema,
        successorSource: citationSchema.optional(),
        successorPrice: priceSchema,
      }),
    )
    .optional(),
  openSource: z.boolean().optional(),
  openSourceSource: citationSchema.optional(),
  /** How hard it is to leave: the formats data can be exported in, and what else the sources say. */
  exit: z
    .strictObject({
      formats: z.array(nonEmptyText),
      difficulty: z.enum(['low', 'medium', 'high', 'unknown']),
      source: citationSchema.optional(),
      note: localTextSchema.optional(),
    })
    .optional(),
  source: citationSchema.optional(),
})

/**
 * What kind of staff a group is, so that templates can propose a licence per group (office staff E3,
 * frontline F3, education staff A3); `other` is a group no template places without asking.
 */
export const groupKindSchema = z.enum(['office', 'frontline', 'education', 'pupils', 'other'], {
  error: 'must be office, frontline, education, pupils or other',
})

export const userGroupSchema = z.strictObject({
  id,
  name: localTextSchema,
  /** The kind of staff; absent in older files, and then treated as `other` (templates ask). */
  kind: groupKindSchema.optional(),
  /** Users in the group in every year of the horizon, unless `usersByYear` says otherwise. */
  users: userCountSchema,
  /** Users in given years (keys are years), for growth or shrinkage. */
  usersByYear: z.record(yearKey, userCountSchema).optional(),
  source: citationSchema.optional(),
})

export const organisationSchema = z.strictObject({
  name: nonEmptyText,
  groups: z
    .array(userGroupSchema)
    .min(1, 'must have at least one user group')
    .max(LIMITS.maxGroups, `must have at most ${LIMITS.maxGroups} user groups`),
  /** Cost of one hour of staff time, in the case's currency (training is counted with it). */
  hourlyCost: moneySchema,
  hourlyCostSource: citationSchema.optional(),
  /** The organisation's information classes, e.g. 0 öppen … 3 mycket känslig. */
  informationClasses: z
    .array(
      z.strictObject({
        level: z.number().int().min(0).max(9),
        name: localTextSchema,
        source: citationSchema.optional(),
        note: localTextSchema.optional(),
      }),
    )
    .optional(),
  /** Highest information class that may be handled by a service under third-country law (Eskilstuna: 1). */
  thirdCountryMaxClass: z.number().int().min(-1).max(9).optional(),
  thirdCountryPolicySource: citationSchema.optional(),
  /** How much each capability of data/features.json is needed, by feature id. */
  needs: z
    .record(id, z.strictObject({ level: needLevelSchema, source: citationSchema.optional(), note: localTextSchema.optional() }))
    .optional(),
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
  discountRate: z
    .number({ error: 'must be a number' })
    .min(0, 'must be 0 or more')
    .max(0.5, 'must be at most 0.5 (50 %)')
    .refine(notTiny, notTinyMessage),
  /** Price escalation a year: general, and per product id (overrides general). Off when absent. */
  escalation: z
    .strictObject({
      general: rateSchema.optional(),
      byProduct: z.record(id, rateSchema).optional(),
      source: citationSchema.optional(),
    })
    .optional(),
  /** Units of the case's currency for one unit of another currency, e.g. { "EUR": 11.2 } in a SEK case. */
  exchangeRates: z.partialRecord(currencySchema, exchangeRateSchema).optional(),
  /** A year from which transfers to a third country stop being lawful: scenarios relying on such services pay their exit cost then. */
  legalChangeYear: year.optional(),
  /** Where the horizon (start year and number of years) comes from; its `reading` where the documents give no period. */
  horizonSource: citationSchema.optional(),
  /** Where the discount rate comes from; its `reading` where the documents do not discount. */
  discountRateSource: citationSchema.optional(),
  /** Why prices are held at their dated level while no escalation is set; its `reading` where the documents give one price a year. */
  flatPricesSource: citationSchema.optional(),
}).refine((s) => s.startYear + s.years - 1 <= LIMITS.yearMax, {
  message: `must end by ${LIMITS.yearMax}, the last year allowed: fewer years or an earlier start year`,
  path: ['years'],
})

/** Products assigned to users: either to user groups (users follow the groups' counts) or to an explicit count. */
export const licenceLineSchema = z
  .strictObject({
    productId: id,
    groups: z.array(id).min(1, 'must name at least one group').optional(),
    users: userCountSchema.optional(),
    /** Share of those users on the product (1 = all). */
    share: share.optional(),
    /**
     * Phase-in: share of the users on the product by year (keys are years). A year before the first
     * key has 0; a later year has the share of the nearest earlier key. Multiplies with `share`.
     */
    shareByYear: z
      .record(yearKey, share)
      .refine((r) => Object.keys(r).length > 0, { message: 'must name at least one year; leave it out for no phase-in' })
      .optional(),
    /**
     * Dated price changes within the horizon: from the day `from` (YYYY-MM-DD) the product's price on
     * this line is multiplied by `factor` (1.1 for a rise of 10 %); changes compound, and the year of a
     * change pays pro rata by days (engine/money/rules.ts `priceFactor`). Escalation applies on top.
     * A change applied from data/reference.json names its row in `reference` (and cites the row's
     * source): a fact of today put beside the document's price, which stays as the document gave it.
     */
    priceChanges: z
      .array(
        z.strictObject({
          from: isoDate.refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text), 'must be a day written YYYY-MM-DD'),
          factor: z.number({ error: 'must be a number' }).gt(0, 'must be more than 0').max(100, 'must be at most 100').refine(notTiny, notTinyMessage),
          /** The price-change row of data/reference.json this change was applied from. */
          reference: id.optional(),
          source: citationSchema.optional(),
          note: localTextSchema.optional(),
        }),
      )
      .min(1, 'must name at least one change; leave it out for none')
      .optional(),
    /** How the product is run in this scenario; default: the product's first hosting option. */
    hosting: hostingSchema.optional(),
    /** First and last year the licence is paid (default: the whole horizon). */
    from: year.optional(),
    to: year.optional(),
    /**
     * The capabilities (feature ids) this line is used for; coverage counts only these. Default: all of
     * its product's. E.g. Microsoft's licences kept beside another collaboration platform, for Office.
     */
    usedFor: z.array(id).optional(),
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

/** The ids of the checks (engine/money/checks.ts): forgotten costs, and licence coverage (a group licensed twice, or by nothing). */
export const checkIdSchema = z.enum([
  'licences-cover-all',
  'internal-staff-time',
  'dual-running',
  'exit-cost',
  'security-management',
  'double-licence',
  'unlicensed-group',
  'cloud-device-management',
  'end-of-support',
])

/** A cost that is not a licence: one-off in `year`, or recurring every year from `from` to `to`. */
export const costLineSchema = z
  .strictObject({
    label: localTextSchema,
    category: costCategorySchema,
    kind: z.enum(['one-off', 'recurring']),
    /** The amount; per FTE when `fte` is given, per user when `perUserOf` is given. */
    amount: moneySchema,
    /** Staff as full-time equivalents: the cost is fte × amount (the annual cost of one FTE). */
    fte: fteSchema.optional(),
    /** The cost is per user of these groups (an empty list: every user). */
    perUserOf: z.array(id).optional(),
    /** The forgotten-cost check this line answers (e.g. a security licence, internal staff time). */
    covers: checkIdSchema.optional(),
    year: year.optional(),
    from: year.optional(),
    to: year.optional(),
    source: citationSchema.optional(),
    note: localTextSchema.optional(),
  })
  .refine((c) => c.fte === undefined || c.perUserOf === undefined, { message: 'a cost is per FTE or per user, not both', path: ['fte'] })
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
  /** Refresher for newcomers: every later year of the horizon, this share of the users is new and trained. */
  turnoverRate: share.optional(),
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
}).refine((b) => b.to === undefined || b.from <= b.to, { message: 'from must not be after to', path: ['to'] })

/** A total that a source states, to check against the lines it is made of. */
export const statedTotalSchema = z.strictObject({
  /** `licences-per-year`: the scenario's licence cost in its first full year. */
  scope: z.enum(['licences-per-year']),
  stated: z.number().min(0).max(LIMITS.maxFigure, `must be at most ${LIMITS.maxFigure}`),
  /** The products whose licence lines the stated total covers; default: every licence line of the scenario. */
  products: z.array(id).min(1).optional(),
  source: citationSchema,
})

/** One risk of a DPIA register: likelihood × consequence, each 1 (negligible) to 4 (very serious). */
export const riskSchema = z.strictObject({
  id: z.string().min(1).max(16),
  label: localTextSchema,
  likelihood: z.number().min(1, 'must be 1 to 4').max(4, 'must be 1 to 4'),
  consequence: z.number().min(1, 'must be 1 to 4').max(4, 'must be 1 to 4'),
  source: citationSchema.optional(),
  note: localTextSchema.optional(),
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
  /** The cost of leaving this path (exit plan): paid in the legal-change year if the scenario relies on third-country services. */
  exitPlan: z.strictObject({ amount: moneySchema, source: citationSchema.optional(), note: localTextSchema.optional() }).optional(),
  /** The DPIA risk register of this scenario. */
  risks: z.array(riskSchema).optional(),
  /** Forgotten-cost checks answered as deliberately zero, with the reason. */
  checks: z.partialRecord(checkIdSchema, z.strictObject({ reason: nonEmptyText })).optional(),
  source: citationSchema.optional(),
})

export const priceOverrideSchema = z.strictObject({
  amount: priceSchema,
  note: noteSchema.optional(),
  /** The date the price applies from (e.g. a list price's date), when the override is a dated figure. */
  asOf: isoDate.optional(),
  source: citationSchema.optional(),
})

export const sourceSchema = z
  .strictObject({
    id,
    /** The document's own title (in its language), or a description of a compilation in both languages. */
    title: localTextSchema,
    organisation: localTextSchema,
    /** Date of the document (for a web page, the page's own date where it gives one); absent when undated. */
    date: isoDate.optional(),
    /** What the date is (received on, a decision's year), or that the document is undated. */
    dateNote: localTextSchema.optional(),
    /** The date is the case's reading (the document does not state it): shown as an assumption. */
    isDateOurReading: z.boolean().optional(),
    /** The language the document is written in, and so its quotes: an ISO 639-1 code (`sv`, `en`, `de`, `da` …). */
    language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code (ISO 639-1)').optional(),
    /**
     * `document` (the default): the organisation's own document; `secondary`: press coverage or a
     * compilation; `web-page`: a public web page at `url`, read on `readOn`, whose `publisher` says whether
     * it is the organisation's own page or the press (then shown as a secondary source).
     */
    kind: z.enum(['document', 'secondary', 'web-page']).optional(),
    /** A web page's publisher: the organisation itself, or the press (a secondary source). */
    publisher: z.enum(['own', 'press']).optional(),
    /** The day a web page was read (its words are quoted from the copy stored that day). */
    readOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').optional(),
    /** The file under data/seeds/ holding the document's text (for a web page, the copy stored when it was read). */
    seed: z.string().optional(),
    url: z.string().optional(),
    note: localTextSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message })
    }
    const isWeb = s.kind === 'web-page'
    need(!isWeb || /^https?:\/\/\S+$/.test(s.url ?? ''), 'url', 'a web page needs its address (http:// or https://)')
    need(!isWeb || s.readOn !== undefined, 'readOn', 'a web page needs the date it was read')
    need(!isWeb || s.publisher !== undefined, 'publisher', 'a web page says whether it is the organisation’s own page (own) or the press (press)')
    need(!isWeb || s.language !== undefined, 'language', 'a web page names the language of its words')
    need(isWeb || (s.publisher === undefined && s.readOn === undefined), isWeb ? 'kind' : s.publisher !== undefined ? 'publisher' : 'readOn', 'only a web page (kind web-page) has a publisher and a date read')
  })


/** An objective of the EU Cloud Sovereignty Framework (data/sovereignty.json). */
export const sovereigntyObjectiveSchema = z.enum(['SOV-1', 'SOV-2', 'SOV-3', 'SOV-4', 'SOV-5', 'SOV-6', 'SOV-7', 'SOV-8'], {
  error: 'must be an objective SOV-1 … SOV-8',
})
/** A criterion of the framework, e.g. `SOV-2.3` (its objective, then its number). */
export const sovereigntyCriterionSchema = z.string().regex(/^SOV-[1-8]\.[1-9]$/, 'must be a criterion such as SOV-2.3')
/** A Sovereignty Effectiveness Assurance Level: 0 (no sovereignty) … 4 (full digital sovereignty). */
export const sealSchema = z.number({ error: 'must be a SEAL level 0 to 4' }).int('must be a SEAL level 0 to 4').min(0, 'must be a SEAL level 0 to 4').max(4, 'must be a SEAL level 0 to 4')

/**
 * The case's own use of the sovereignty rating, as the framework lets a contracting authority:
 * answers of its own for a product (with its evidence), adapted answer values, the weight set, and a
 * minimum SEAL per objective. Each is optional; absent, the shipped ratings, values and the 2026 weights apply.
 */
export const sovereigntySettingsSchema = z.strictObject({
  /** Which weights of data/sovereignty.json: `2026` (the calculator of 1 June 2026, the default) or `2025` (v1.2.1, October 2025). */
  weightSet: z.enum(['2026', '2025'], { error: 'must be 2026 or 2025' }).optional(),
  /** Adapted points of answers, by criterion and answer number (`{ "SOV-2.3": { "5": 200 } }`); an answer not named keeps its value. */
  values: z
    .record(
      sovereigntyCriterionSchema,
      z.record(
        z.string().regex(/^[1-5]$/, 'must be an answer number 1 to 5'),
        z.number({ error: 'must be a number of points' }).min(0, 'must be 0 to 1000 points').max(1000, 'must be 0 to 1000 points').refine(notTiny, notTinyMessage),
      ),
    )
    .optional(),
  /** The lowest SEAL the case accepts per objective; a path below it is "under kravnivå". */
  minimumSeal: z.partialRecord(sovereigntyObjectiveSchema, sealSchema).optional(),
  /** The case's own answers, which replace the shipped rating of that product on that criterion. */
  answers: z
    .array(
      z.strictObject({
        productId: id,
        criterion: sovereigntyCriterionSchema,
        /** The hostings the answer holds for; absent: however the product is run. */
        hosting: z.array(hostingSchema).min(1, 'must name at least one hosting; leave it out for every hosting').optional(),
        /** The answer's number (1 = the first, lowest answer of the criterion); null: the case holds it not known. */
        answer: z.number({ error: 'must be an answer number or null' }).int('must be a whole answer number').min(1, 'must be an answer number from 1').max(5, 'must be an answer number up to 5').nullable(),
        /** The case's evidence for the answer. */
        note: localTextSchema.optional(),
      }),
    )
    .max(LIMITS.maxSovereigntyAnswers, `must have at most ${LIMITS.maxSovereigntyAnswers} answers`)
    .optional(),
})

export const caseSchema = z.strictObject({
  /** Optional pointer to the JSON Schema, for editors. */
  $schema: z.string().optional(),
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
  scenarios: z
    .array(scenarioSchema)
    .min(1, 'must have at least one scenario')
    .max(LIMITS.maxScenarios, `must have at most ${LIMITS.maxScenarios} scenarios`),
  /** What the compare screen shows: the baseline others are compared against, and the scenarios side by side (2–6). */
  compare: z.strictObject({ baseline: id.optional(), shown: z.array(id).max(6).optional() }).optional(),
  /** Figures the source gives that the case records but does not count, with why. */
  notes: z.array(localTextSchema).optional(),
  /** The case's own answers, values, weights and minimum SEALs for the sovereignty rating. */
  sovereignty: sovereigntySettingsSchema.optional(),
})

export const catalogueFileSchema = z.strictObject({ products: z.array(productSchema) })

/** A group of capabilities in data/features.json (meetings, collaboration, …). */
export const featureGroupSchema = z.strictObject({ id, name: z.strictObject({ sv: nonEmptyText, en: nonEmptyText }) })
/** One capability an organisation may need: its labels, group and the documents that name it. */
export const featureSchema = z.strictObject({
  id,
  name: z.strictObject({ sv: nonEmptyText, en: nonEmptyText }),
  group: id,
  description: z.strictObject({ sv: nonEmptyText, en: nonEmptyText }).optional(),
  /** Where the capability is named as a function or a need (at least one). */
  sources: z.array(citationSchema).min(1, 'must cite at least one source'),
  note: localTextSchema.optional(),
})
/** data/features.json: the capability taxonomy. */
export const featuresFileSchema = z.strictObject({ groups: z.array(featureGroupSchema), features: z.array(featureSchema) })
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
export type GroupKind = z.infer<typeof groupKindSchema>
export type Organisation = z.infer<typeof organisationSchema>
export type Settings = z.infer<typeof settingsSchema>
export type LicenceLine = z.infer<typeof licenceLineSchema>
export type CostCategory = z.infer<typeof costCategorySchema>
export type CostLine = z.infer<typeof costLineSchema>
export type TrainingLine = z.infer<typeof trainingLineSchema>
export type BenefitLine = z.infer<typeof benefitLineSchema>
export type StatedTotal = z.infer<typeof statedTotalSchema>
export type Scenario = z.infer<typeof scenarioSchema>
export type Risk = z.infer<typeof riskSchema>
export type CheckId = z.infer<typeof checkIdSchema>
export type Hosting = z.infer<typeof hostingSchema>
export type ThirdCountryLaw = z.infer<typeof thirdCountryLawSchema>
export type FeatureClaim = z.infer<typeof featureClaimSchema>
export type Feature = z.infer<typeof featureSchema>
export type FeatureGroup = z.infer<typeof featureGroupSchema>
export type NeedLevel = z.infer<typeof needLevelSchema>
export type RateAmount = z.infer<typeof rateSchema>
export type PriceOverride = z.infer<typeof priceOverrideSchema>
export type Source = z.infer<typeof sourceSchema>
export type SovereigntySettings = z.infer<typeof sovereigntySettingsSchema>
export type SovereigntyObjectiveCode = z.infer<typeof sovereigntyObjectiveSchema>
/** A whole case: the model file. */
export type Case = z.infer<typeof caseSchema>

/**
 * A public reference figure of data/reference.json: a dated list price, a price change, or
 * an escalation default derived from them. Each cites its source; none replaces a figure of the case
 * unless the person chooses it.
 */
export const referenceRowSchema = z.strictObject({
  id,
  kind: z.enum(['list-price', 'price-change', 'escalation']),
  label: localTextSchema,
  /** A number, or a range low/likely/high; rates and shares as fractions (0.047 for 4.7 %). */
  value: z.union([
    z.number(),
    z
      .strictObject({ low: z.number(), likely: z.number(), high: z.number() })
      .refine((r) => r.low <= r.likely && r.likely <= r.high, { message: 'must have low ≤ likely ≤ high' }),
  ]),
  /** For a list price: the price it replaced. */
  previous: z.number().optional(),
  /** `per-user-month` / `per-user-year`: money per user and month or year; `share`: a one-time change as a fraction; `rate-per-year`: a yearly rate. */
  unit: z.enum(['per-user-month', 'per-user-year', 'share', 'rate-per-year']),
  currency: z.enum(['SEK', 'EUR', 'USD']).optional(),
  /** The date the figure takes effect, or the period it describes. */
  date: isoDate,
  /** The date is Vägval's reading (the source does not give it): shown marked, with `dateNote`. */
  isDateOurReading: z.literal(true).optional(),
  /** Why the date is read so. */
  dateNote: localTextSchema.optional(),
  /**
   * What the figure is for: the general rate, and/or these product ids; for a price change, only lines
   * run in one of `hostings` (a change of cloud prices leaves software on own servers alone).
   */
  appliesTo: z.strictObject({ general: z.boolean().optional(), products: z.array(id).optional(), hostings: z.array(hostingSchema).min(1).optional() }).optional(),
  /** A price change that holds only for some buyers (billed monthly, a volume level): never applied to all without asking. */
  condition: localTextSchema.optional(),
  source: citationSchema,
  note: localTextSchema.optional(),
}).refine((r) => r.isDateOurReading === undefined || r.dateNote !== undefined, { message: 'a date read by us says why (dateNote)', path: ['dateNote'] })
export const referenceFileSchema = z.strictObject({ references: z.array(referenceRowSchema) })
/** One row of data/reference.json. */
export type ReferenceRow = z.infer<typeof referenceRowSchema>
