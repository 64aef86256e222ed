/**
 * `npm run schema`: writes data/schema/*.schema.json from the zod schemas (see schema-files.ts).
 * `npm run schema -- --check`: writes nothing; exits 1 if a committed file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { schemaFiles } from './schema-files'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const isCheck = process.argv.includes('--check')
let stale = 0

for (const file of schemaFiles()) {
  const target = join(root, file.path)
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined
  if (current === file.text) {
    console.log(`${file.path}: up to date`)
  } else if (isCheck) {
    console.error(`${file.path}: out of date; run npm run schema`)
    stale++
  } else {
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, file.text)
    console.log(`${file.path}: written`)
  }
}
process.exitCode = stale > 0 ? 1 : 0
