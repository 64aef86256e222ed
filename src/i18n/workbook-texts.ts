/**
 * Texts of the workbook only (sheet names, labels, notes), in Swedish (source) and English. Not part of
 * the app's message catalogues on purpose: src/io/xlsx.ts imports this module, so the texts load with
 * the workbook code on the download click and cost the first screen nothing. The few texts the CSV files
 * and the report share with the workbook (`exports.xlsx.unknown`, `complete`, `yes`, `noAtLeast`) stay
 * in the catalogue (exports.ts).
 */
import type { Widen } from './widen'

export const sv = {
  comparisonSheet: 'Jämförelse',
  inputsSheet: 'Indata',
  sourcesSheet: 'Källor',
  madeBy: 'Skapad {date} med Vägval {version}.',
  comparisonIntro: 'Belopp i {currency}. Jämförelsebas: {baseline}. Varje siffra är en formel av indata på fliken {inputs}: ändra en gul cell där, så följer allt.',
  presentValueConvention: 'Nuvärde = första året + NPV(diskonteringsränta; övriga år), avrundat till hela kronor: år t diskonteras med (1 + r)^t, så första året diskonteras inte.',
  differenceFromBaseline: 'Skillnad mot jämförelsebasen',
  pvDifferenceFromBaseline: 'Nuvärde, skillnad mot jämförelsebasen',
  atLeast: 'minst',
  unknownReason: 'okänt: {reason}',
  notes: 'Anmärkningar i fallet',
  warnings: 'Att observera',
  outsideHorizon: '{scenario}: ”{label}” ligger utanför {from}–{to} och räknas inte.',
  doubleLicence: '{scenario}: {group} har två licenser för samma funktion från {year}: {a} och {b}.',
  unlicensedGroup: '{scenario}: {group} har ingen licens i scenariot.',
  priceChange: '{scenario}, {product}: {label}, {change} från {date}{condition}; fallet räknar med priset från {asOf} hela perioden {from}–{to}. Källa: {source}.',
  priceChangeCondition: ' (gäller {condition})',
  statedMismatch: '{scenario}: källan anger {stated} per år för licenserna, men dess egna rader summerar till {computed} (se fliken {sheet}).',
  scenarioIntro: 'Kostnad per kategori och år i {currency}; besparingar är negativa. Varje rad är en formel av indata på fliken {inputs}, avrundad till hela kronor; kategorierna är summor av raderna.',
  completeLabel: 'Fullständigt (inga okända belopp)',
  yearTotal: 'Summa per år',
  status: 'Status',
  usersRow: 'Användare, alla grupper',
  discountRate: 'Diskonteringsränta',
  linesHeading: 'Rader',
  notCountedHeading: 'Registreras men räknas inte',
  seatsHeading: 'Licensplatser per år (hela platser: användare × andel × infasning, avrundat uppåt)',
  statedHeading: 'Summa enligt källan',
  statedLabel: 'Licenser {year} enligt {source}, {locator}',
  statedComputed: 'Licensraderna {year} summerar till',
  statedDifference: 'Skillnad, källan minus raderna',
  statedMismatchShort: 'källans summa stämmer inte med raderna',
  inputsIntro: 'Gula celler är indata: ändra dem, så räknas alla flikar om. En tom gul cell är okänd; siffror som beror på den är minimibelopp (”minst”). Övriga celler är låsta (bladskydd utan lösenord).',
  structure: 'Fallets uppbyggnad (ändras i Vägval)',
  other: 'Övriga antaganden (påverkar inte kostnaderna)',
  name: 'Namn i formler',
  default: 'Jämfört med standard',
  licenceShare: 'Andel av användarna, {label}',
  licenceUsers: 'Användare, {label}',
  phaseIn: 'Infasning {year}, {label}',
  trainingShare: 'Andel som utbildas, {label}',
  turnover: 'Nyanställda per år (andel), {label}',
  exitPlan: 'Kostnad för utträde, {label}',
  share: 'andel',
  fixedHere: 'fast i arbetsboken; ändra i Vägval',
  pageOf: 'Sida {page} av {pages}',
} as const

export const en: Widen<typeof sv> = {
  comparisonSheet: 'Comparison',
  inputsSheet: 'Inputs',
  sourcesSheet: 'Sources',
  madeBy: 'Made {date} with Vägval {version}.',
  comparisonIntro: 'Amounts in {currency}. Baseline: {baseline}. Every figure is a formula of the inputs on the {inputs} sheet: change a yellow cell there and everything follows.',
  presentValueConvention: 'Present value = first year + NPV(discount rate; later years), rounded to whole units: year t is discounted by (1 + r)^t, so the first year is not discounted.',
  differenceFromBaseline: 'Difference from the baseline',
  pvDifferenceFromBaseline: 'Present value, difference from the baseline',
  atLeast: 'at least',
  unknownReason: 'unknown: {reason}',
  notes: 'Notes of the case',
  warnings: 'To note',
  outsideHorizon: '{scenario}: "{label}" falls outside {from}–{to} and is not counted.',
  doubleLicence: '{scenario}: {group} has two licences for the same function from {year}: {a} and {b}.',
  unlicensedGroup: '{scenario}: {group} has no licence in the scenario.',
  priceChange: '{scenario}, {product}: {label}, {change} from {date}{condition}; the case holds the price of {asOf} over the whole period {from}–{to}. Source: {source}.',
  priceChangeCondition: ' (holds {condition})',
  statedMismatch: '{scenario}: the source states {stated} a year for the licences, but its own lines add up to {computed} (see the {sheet} sheet).',
  scenarioIntro: 'Cost by category and year in {currency}; savings are negative. Every line is a formula of the inputs on the {inputs} sheet, rounded to whole units; the categories are sums of the lines.',
  completeLabel: 'Complete (no unknown amounts)',
  yearTotal: 'Total per year',
  status: 'Status',
  usersRow: 'Users, all groups',
  discountRate: 'Discount rate',
  linesHeading: 'Lines',
  notCountedHeading: 'Recorded but not counted',
  seatsHeading: 'Licence seats per year (whole seats: users × share × phase-in, rounded up)',
  statedHeading: 'Total stated by the source',
  statedLabel: 'Licences {year} as stated in {source}, {locator}',
  statedComputed: 'The licence lines of {year} add up to',
  statedDifference: 'Difference, source minus lines',
  statedMismatchShort: 'the source’s total does not match its lines',
  inputsIntro: 'Yellow cells are inputs: change them and every sheet recalculates. An empty yellow cell is unknown; figures that depend on it are minimums ("at least"). Other cells are locked (sheet protection without a password).',
  structure: 'How the case is built (change it in Vägval)',
  other: 'Other assumptions (not in the costs)',
  name: 'Name in formulas',
  default: 'Compared with the default',
  licenceShare: 'Share of the users, {label}',
  licenceUsers: 'Users, {label}',
  phaseIn: 'Phase-in {year}, {label}',
  trainingShare: 'Share trained, {label}',
  turnover: 'New staff a year (share), {label}',
  exitPlan: 'Cost of leaving, {label}',
  share: 'share',
  fixedHere: 'fixed in the workbook; change it in Vägval',
  pageOf: 'Page {page} of {pages}',
}

export type WorkbookTextKey = keyof typeof sv

/** A workbook text in a language, with `{name}` placeholders filled from `params`. */
export function workbookText(locale: 'sv' | 'en', key: WorkbookTextKey, params: Record<string, string | number> = {}): string {
  const text: string = (locale === 'en' ? en : sv)[key]
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
