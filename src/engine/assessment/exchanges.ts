/**
 * Exchanges between the voices of a document: a reply (data/precedents.json, kind `reply`) names the
 * objections it answers; this links both ways, so an objection is never shown without its reply nor a
 * reply without what it answers. Types only from precedents.ts, so the screen's first load carries no schema.
 */
import type { Precedent } from './precedents'

/** Both sides of an entry's exchanges: the replies to an objection, the objections a reply answers. */
export interface Exchange {
  replies: Precedent[]
  objections: Precedent[]
}

/** Every entry's exchanges by id (empty sides for entries in none). */
export function exchangesOf(precedents: readonly Precedent[]): Map<string, Exchange> {
  const byId = new Map(precedents.map((p) => [p.id, p]))
  const exchanges = new Map<string, Exchange>(precedents.map((p) => [p.id, { replies: [], objections: [] }]))
  for (const reply of precedents) {
    for (const objectionId of reply.replyTo ?? []) {
      const objection = byId.get(objectionId)
      if (!objection) continue
      exchanges.get(reply.id)?.objections.push(objection)
      exchanges.get(objection.id)?.replies.push(reply)
    }
  }
  return exchanges
}
