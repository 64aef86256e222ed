/**
 * The texts of the first screen (the compare view, the header and the notices) whose namespaces
 * otherwise load with other screens: the share dialog and the results announcer (`exports.share`,
 * `exports.announce`), the scenario cards' coverage and protection lines, and the decision summary's
 * words for exposure and risk. The rest of those namespaces is in coverage.ts, protection.ts and
 * exports.ts, added by the screens that use it (useLazyMessages); the runtime merges the two parts key
 * by key. test/i18n/lazy-messages.test.ts checks that each key is in one part only and that the first
 * screen's components find theirs here.
 */
import type { Widen } from './widen'

export const sv = {
  coverage: {
    card: {
      must: 'Måste-behov',
      mustAll: '{met} av {total} uppfyllda',
      mustAllPartly: '{met} av {total} uppfyllda, {partly} delvis',
      mustMissing: 'saknas: {needs}',
      mustUnknown: 'okänt: {needs}',
      mustNone: 'inga måste-behov angivna',
      score: 'täckningsgrad {score}',
    },
  },
  protection: {
    classLabel: '{level} {name}',
    classNone: 'ingen klass',
    classUnknown: 'okänt',
    forbiddenText: 'klass {classes} i {products}',
    forbiddenNothing: 'inget',
    policyNotSet: 'ingen policy angiven',
    noneExposed: 'inga',
    usersValue: '{users} ({groups})',
    usersUpperBound: 'högst {users} ({groups})',
    usersUnknown: 'okänt antal ({groups})',
    legalExit: 'Vid lagändringen {year} betalas utträdet: {amount}.',
    legalExitUnknown: 'Vid lagändringen {year} betalas utträdet, men beloppet är okänt.',
    card: {
      highestClass: 'Högsta informationsklass',
      exposed: 'under tredjelandslag: {products}',
      notExposed: 'ingen tjänst under tredjelandslag',
      unknown: 'okänt för: {products}',
      exitFlag: 'saknar utträdesplan',
      limitedTo: '(där högst {class})',
    },
  },
  exports: {
    share: {
      button: 'Dela länk',
      heading: 'Dela fallet som länk',
      intro: 'Länken innehåller hela fallet, komprimerat. Den skickas inte till någon server: den som öppnar länken ser samma siffror som du.',
      linkLabel: 'Länk till fallet',
      copy: 'Kopiera länken',
      copied: 'Länken är kopierad.',
      copyFailed: 'Kunde inte kopiera automatiskt: markera länken i fältet och kopiera den.',
      tooLong: 'Länken skulle bli {length} tecken lång, längre än de {limit} tecken som e-post och chattprogram klarar. Skicka fallet som fil i stället.',
      long: 'Länken är {length} tecken lång. Vissa e-postprogram, till exempel Outlook för Windows, gör inte så långa länkar klickbara. Fungerar den inte, skicka fallet som fil.',
      downloadFile: 'Ladda ner fallet som fil',
      close: 'Stäng',
      opened: 'Fallet ”{name}” är öppnat från en delad länk.',
      refused: 'Länken kunde inte öppnas: {reason} Inget har ändrats.',
      reasonEncoding: 'den är inte en giltig delningslänk (fel tecken eller avkortad).',
      reasonCompression: 'innehållet är skadat eller avkortat.',
      reasonJson: 'innehållet är inte en modellfil.',
      reasonTooLarge: 'innehållet är större än en modellfil får vara.',
      reasonInvalid: 'fallet är ogiltigt ({count} fel, till exempel {first}).',
      dismiss: 'Stäng meddelandet',
    },
    announce: {
      total: '{name} totalt nu {amount}',
      more: 'och {count} scenarier till har ändrats',
    },
    report: {
      atMost: 'högst {count}',
      riskLevel: {
        low: 'låg',
        medium: 'medel',
        high: 'hög',
        veryHigh: 'mycket hög',
      },
    },
  },
} as const

export const en: Widen<typeof sv> = {
  coverage: {
    card: {
      must: 'Must-haves',
      mustAll: '{met} of {total} met',
      mustAllPartly: '{met} of {total} met, {partly} partly',
      mustMissing: 'missing: {needs}',
      mustUnknown: 'not known: {needs}',
      mustNone: 'no must-haves stated',
      score: 'coverage score {score}',
    },
  },
  protection: {
    classLabel: '{level} {name}',
    classNone: 'no class',
    classUnknown: 'not known',
    forbiddenText: 'class {classes} in {products}',
    forbiddenNothing: 'nothing',
    policyNotSet: 'no policy set',
    noneExposed: 'none',
    usersValue: '{users} ({groups})',
    usersUpperBound: 'at most {users} ({groups})',
    usersUnknown: 'unknown number ({groups})',
    legalExit: 'At the legal change in {year} the exit is paid: {amount}.',
    legalExitUnknown: 'At the legal change in {year} the exit is paid, but the amount is not known.',
    card: {
      highestClass: 'Highest information class',
      exposed: 'under third-country law: {products}',
      notExposed: 'no service under third-country law',
      unknown: 'not known for: {products}',
      exitFlag: 'no exit plan',
      limitedTo: '(there at most {class})',
    },
  },
  exports: {
    share: {
      button: 'Share link',
      heading: 'Share the case as a link',
      intro: 'The link holds the whole case, compressed. It is not sent to any server: whoever opens it sees the same figures as you.',
      linkLabel: 'Link to the case',
      copy: 'Copy the link',
      copied: 'The link is copied.',
      copyFailed: 'Could not copy automatically: select the link in the field and copy it.',
      tooLong: 'The link would be {length} characters long, more than the {limit} that e-mail and chat programs carry. Send the case as a file instead.',
      long: 'The link is {length} characters long. Some mail programs, such as Outlook for Windows, do not make links this long clickable. If it does not work, send the case as a file.',
      downloadFile: 'Download the case as a file',
      close: 'Close',
      opened: 'The case “{name}” is opened from a shared link.',
      refused: 'The link could not be opened: {reason} Nothing has been changed.',
      reasonEncoding: 'it is not a valid share link (wrong characters or cut short).',
      reasonCompression: 'its content is damaged or cut short.',
      reasonJson: 'its content is not a model file.',
      reasonTooLarge: 'its content is larger than a model file may be.',
      reasonInvalid: 'the case is invalid ({count} faults, for example {first}).',
      dismiss: 'Close the message',
    },
    announce: {
      total: '{name} total now {amount}',
      more: 'and {count} more scenarios changed',
    },
    report: {
      atMost: 'at most {count}',
      riskLevel: {
        low: 'low',
        medium: 'medium',
        high: 'high',
        veryHigh: 'very high',
      },
    },
  },
}
