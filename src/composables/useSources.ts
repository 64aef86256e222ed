import sourcesFile from '../../data/sources.json'
import { sourcesFileSchema } from '~/engine'
import type { Source } from '~/engine'

/** The shipped bibliography, validated once at load (a broken data file fails the tests, not the user). */
const shipped: readonly Source[] = sourcesFileSchema.parse(sourcesFile).sources
const byId = new Map(shipped.map((s) => [s.id, s]))

/** Looks up a source by id: the shipped ones first, then the case's own. */
export function findSource(id: string, own: readonly Source[] = []): Source | undefined {
  return byId.get(id) ?? own.find((s) => s.id === id)
}

export function useSources() {
  return { sources: shipped, findSource }
}
