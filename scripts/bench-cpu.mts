/**
 * CPU time of the simulation's benchmark cases (`npx tsx --tsconfig tsconfig.app.json scripts/bench-cpu.mts`): the process's own
 * time (process.cpuUsage), which leaves out the time other processes hold the core on a shared
 * machine, beside the wall time. Companion to `npm run bench` (test/bench/engine.bench.ts); figures in
 * docs/performance.md.
 */
const { loadValidator } = await import('../src/engine/index.ts')
await loadValidator() // the fixtures read the shipped case through the validator
const { applyWhatIf, createWhatIfSimulation, simulate } = await import('../src/engine/index.ts')
const { everythingRanged } = await import('../test/fixtures/benchmark.ts')
const { loadCatalogue } = await import('../test/fixtures/cases.ts')

const catalogue = loadCatalogue()
const ranged = everythingRanged()

function measure(label: string, runs: number, run: () => void) {
  for (let i = 0; i < 2; i++) run() // warm-up
  const cpu: number[] = []
  const wall: number[] = []
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage()
    const w = performance.now()
    run()
    const d = process.cpuUsage(c)
    cpu.push((d.user + d.system) / 1000)
    wall.push(performance.now() - w)
  }
  cpu.sort((a, b) => a - b)
  wall.sort((a, b) => a - b)
  const median = (xs: number[]) => xs[xs.length >> 1]?.toFixed(1)
  console.log(`${label}: CPU median ${median(cpu)} ms, min ${cpu[0]?.toFixed(1)} ms | wall median ${median(wall)} ms, min ${wall[0]?.toFixed(1)} ms`)
}

measure('10 000 draws, 13 inputs, 10 years', 15, () => simulate({ model: ranged, catalogue, draws: 10_000, seed: 1 }))
measure('100 000 draws, 13 inputs, 10 years', 5, () => simulate({ model: ranged, catalogue, draws: 100_000, seed: 1 }))
let step = 0
const nextUsers = () => 50 + 5 * (step++ % 21)
const live = createWhatIfSimulation({ model: ranged, catalogue })
measure('live band: a what-if move, then 2 000 draws, compiled once (the worker\'s preview)', 30, () => {
  live.simulate({ usersPercent: nextUsers() }, { draws: 2_000, seed: 1 })
})
measure('live band: a what-if move, then 2 000 draws, from scratch', 30, () => {
  simulate({ ...applyWhatIf({ model: ranged, catalogue }, { usersPercent: nextUsers() }), draws: 2_000, seed: 1 })
})
