/**
 * Texts of saved work and of reading what people type (issue 13), in Swedish (source) and English;
 * merged under `safe` in index.ts.
 */
import type { Widen } from './widen'

export const sv = {
  reading: {
    ambiguous: '”{text}” kan läsas som {a} eller som {b}. Skriv talet så att det bara kan läsas på ett sätt: {a} eller {b}.',
    unsupported: '”{text}” är inte skrivet som ett tal skrivs på svenska. Menar du {value}, skriv {value}.',
    notWhole: '”{text}” läses som {value}, men här behövs ett heltal.',
    readAs: 'Läst som {value} (på engelska vore det {other}).',
    tooPrecise: 'Skriv 0 eller ett värde på minst {min}.',
  },
  settings: {
    startYearRange:
      'Välj ett startår från {min} till {max}: startåret flyttar perioden och alla daterade rader med sig, och de ska rymmas inom {first}–{last}.',
    yearsRange: 'Välj 1 till {max} år: perioden får sluta senast {last}.',
  },
  refusal: {
    tooLarge:
      'Ändringen gjordes inte: fallets belopp skulle kunna nå {figure}, och ett fall får nå högst {max} för att alla summor ska bli exakta. Sänk ett antal, ett pris eller ett belopp.',
    invalid: 'Ändringen gjordes inte, eftersom fallet då inte skulle gå att spara: {reason}.',
  },
}

export const en: Widen<typeof sv> = {
  reading: {
    ambiguous: '“{text}” can be read as {a} or as {b}. Write the number so it reads one way only: {a} or {b}.',
    unsupported: '“{text}” is not how a number is written in English. If you mean {value}, write {value}.',
    notWhole: '“{text}” reads as {value}, but a whole number is needed here.',
    readAs: 'Read as {value} (in Swedish it would be {other}).',
    tooPrecise: 'Enter 0 or a value of at least {min}.',
  },
  settings: {
    startYearRange:
      'Choose a start year from {min} to {max}: the start year moves the horizon and every dated line with it, and they must stay within {first}–{last}.',
    yearsRange: 'Choose 1 to {max} years: the horizon must end by {last}.',
  },
  refusal: {
    tooLarge:
      'Not changed: the case’s figures could reach {figure}, and a case may reach at most {max} so that every total stays exact. Lower a count, a price or an amount.',
    invalid: 'Not changed, since the case could then not be saved: {reason}.',
  },
}
