/**
 * The JSON Schemas under data/schema/, generated from the zod schemas of src/engine/model/model.ts (the
 * single source of truth). `npm run schema` writes them; test/engine/schema.test.ts fails when the
 * committed files differ from what this produces, so the types and the published schema stay in step.
 *
 * Refinements (low ≤ likely ≤ high, from ≤ to, a one-off cost needs a year) and the cross-references
 * (product and group ids) have no JSON Schema form: an editor checks the shape, the app checks the rest.
 */
import { z } from 'zod'
import { LIMITS, plainNumber } from '../src/engine/model/limits'
import { caseSchema, catalogueFileSchema, featuresFileSchema, referenceFileSchema, SCHEMA_VERSION, sourcesFileSchema } from '../src/engine/model/model'
import { precedentsFileSchema } from '../src/engine/assessment/precedents'
import { sovereigntyFileSchema } from '../src/engine/assessment/sovereigntyData'

export interface SchemaFile {
  /** Path from the repository root. */
  path: string
  text: string
}

function generate(schema: z.ZodType, head: { $id: string; title: string; description: string }): string {
  const body = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' })
  const { $schema, ...rest } = body
  const json = {
    $schema,
    ...head,
    $comment: 'Generated from src/engine/model/model.ts by `npm run schema`; do not edit by hand.',
    ...rest,
  }
  return `${JSON.stringify(json, null, 2)}\n`
}

export function schemaFiles(): SchemaFile[] {
  return [
    {
      path: `data/schema/model-v${SCHEMA_VERSION}.schema.json`,
      text: generate(caseSchema, {
        $id: `urn:vagval:schema:model-v${SCHEMA_VERSION}`,
        title: `Vägval model file (schemaVersion ${SCHEMA_VERSION})`,
        description:
          'One case: organisation, settings, catalogue additions and overrides, scenarios. Money is in units of the case currency (kronor or euro); an unknown amount is { "value": null, "reason": "…" }, never 0. ' +
          `Limits: every number is 0 or at least ${LIMITS.smallest.toFixed(6)} in size and below the maximum of its field, and a case is refused when the highest figure its inputs allow (every line at its highest users, price, exchange rate and escalation over the horizon) would pass ${plainNumber(LIMITS.maxFigure)}: so every line, total and present value stays below 2^53 and is exact in whole currency units, and no number is ever written in exponent notation.`,
      }),
    },
    {
      path: 'data/schema/catalogue.schema.json',
      text: generate(catalogueFileSchema, {
        $id: 'urn:vagval:schema:catalogue',
        title: 'Vägval product catalogue (data/catalogue.json)',
        description: 'The shipped products with their pricing, features, jurisdiction and sources; model files refer to them by id.',
      }),
    },
    {
      path: 'data/schema/sources.schema.json',
      text: generate(sourcesFileSchema, {
        $id: 'urn:vagval:schema:sources',
        title: 'Vägval bibliography (data/sources.json)',
        description: 'The documents every default figure cites, by id.',
      }),
    },
    {
      path: 'data/schema/features.schema.json',
      text: generate(featuresFileSchema, {
        $id: 'urn:vagval:schema:features',
        title: 'Vägval capability taxonomy (data/features.json)',
        description: 'The functions needs and product claims refer to, with Swedish and English labels and sources.',
      }),
    },
    {
      path: 'data/schema/reference.schema.json',
      text: generate(referenceFileSchema, {
        $id: 'urn:vagval:schema:reference',
        title: 'Vägval reference figures (data/reference.json)',
        description: 'Dated, cited public figures beyond the sources, such as list-price escalation ranges.',
      }),
    },
    {
      path: 'data/schema/precedents.schema.json',
      text: generate(precedentsFileSchema, {
        $id: 'urn:vagval:schema:precedents',
        title: 'Vägval precedents (data/precedents.json)',
        description: 'What comparable organisations decided and why, each entry with the document’s words and where the model uses it.',
      }),
    },
    {
      path: 'data/schema/sovereignty.schema.json',
      text: generate(sovereigntyFileSchema, {
        $id: 'urn:vagval:schema:sovereignty',
        title: 'Vägval sovereignty framework and ratings (data/sovereignty.json)',
        description: 'The EU Cloud Sovereignty Framework as data (objectives, weights, criteria with their answers, points and SEAL levels, as third-party transcriptions of the Commission’s calculator) and each shipped product’s cited answers per hosting.',
      }),
    },
  ]
}
