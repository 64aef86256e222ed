// Runs before every unit test file: what the app loads on demand (the validator, the English texts)
// is there from the start.
import { loadValidator } from '~/engine'
import { loadEnglish } from '~/i18n'

await Promise.all([loadValidator(), loadEnglish()])
