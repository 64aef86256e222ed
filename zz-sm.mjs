import { readFileSync } from 'node:fs'
import { SourceMapConsumer } from 'source-map-js'
for (const f of process.argv.slice(2)) {
  const code = readFileSync(f, 'utf8'); const map = JSON.parse(readFileSync(f + '.map', 'utf8'))
  const c = new SourceMapConsumer(map); const lines = code.split('\n'); const sizes = new Map()
  let prev = null
  c.eachMapping((m) => { if (prev) { const len = (m.generatedLine === prev.generatedLine ? m.generatedColumn : (lines[prev.generatedLine - 1]?.length ?? 0)) - prev.generatedColumn; const key = (prev.source ?? '?').replace(/.*node_modules\//, 'nm/').replace(/^(nm\/(@[^/]+\/)?[^/]+).*/, '$1'); sizes.set(key, (sizes.get(key) ?? 0) + Math.max(0, len)) } prev = m })
  console.log('==', f.split('/').pop(), code.length)
  for (const [k, v] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log('  ', String(v).padStart(7), k)
}
