import sourcesFile from '../../data/sources.json'
import type { Source } from '~/engine'

/** The shipped bibliography, checked when the app is built and by the tests (scripts/shipped-data.ts). */
const shipped: readonly Source[] = (sourcesFile as unknown as { sources: Source[] }).sources
const byId = new Map(shipped.map((s) => [s.id, s]))

/** Looks up a source by id: the shipped ones first, then the case's own. */
export function findSource(id: string, own: readonly Source[] = []): Source | undefined {
  return byId.get(id) ?? own.find((s) => s.id === id)
}

export function useSources() {
  return { sources: shipped, findSource }
}
