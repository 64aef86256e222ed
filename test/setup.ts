// Runs before every unit test file: what the app loads on demand (the validator, the English texts)
// is there from the start.
import { afterEach } from 'vitest'
import { loadValidator } from '~/engine'
import { loadEnglish } from '~/i18n'

await Promise.all([loadValidator(), loadEnglish()])

// A key shown without its text is a bug wherever a test meets it: the i18n runtime reports it with
// console.warn under test (src/i18n/runtime.ts), and the test that met it fails here.
const missingKeys: string[] = []
const warn = console.warn.bind(console)
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('[i18n]')) missingKeys.push(args[0])
  warn(...args)
}
afterEach(() => {
  if (missingKeys.length > 0) throw new Error(`texts missing:\n${missingKeys.splice(0).join('\n')}`)
})
