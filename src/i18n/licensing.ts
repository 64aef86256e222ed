/**
 * Texts of issue 12 that load with the first screen: the licence checks' warnings (the compare screen
 * shows them) and the header's link to the guided start; merged as `licensing` and `newCase` in
 * index.ts. The rest loads with its screens (guided.ts).
 */
import type { Widen } from './widen'

export const sv = {
  newCase: {
    link: 'Nytt fall',
    caseDiff: 'Jämför två fall',
  },
  licensing: {
    warning: {
      double: '{group} har två licenser för samma funktion från {year}: {a} och {b}.',
      unlicensed: '{group} har ingen licens i scenariot.',
    },
    name: {
      'double-licence': 'Dubbla licenser',
      'unlicensed-group': 'Grupper utan licens',
    },
    why: {
      'double-licence': 'En grupp med två sviter (till exempel E3 och F3) eller två verktyg för samma sak betalar dubbelt.',
      'unlicensed-group': 'En användargrupp som ingen produkt i scenariot licensierar.',
    },
    double: '{group} har både {a} (licens {n}) och {b} (licens {m}) från {year}.',
    unlicensed: '{group} har ingen licens.',
    removeFrom: 'Ta bort {group} från licens {n} ({product})',
    removeLine: 'Ta bort licens {n} ({product}), som bara gäller {group}',
    addTo: 'Lägg till {group} i licens {n} ({product})',
    newLine: 'Ge {group} en egen licens: {product}',
    removed: '{group} är borttagen från licens {n} ({product}).',
    lineRemoved: 'Licens {n} ({product}) är borttagen.',
    added: '{group} har nu licens {n} ({product}).',
    addedLine: '{group} har nu en egen licens: {product}.',
    met: {
      'double-licence': 'Ingen grupp har två licenser för samma funktion.',
      'unlicensed-group': 'Varje grupp med användare har en licens.',
    },
    acceptReason: 'Skäl att godta det: {name}',
    accepted: 'Godtaget: {reason}',
  },
} as const

export const en: Widen<typeof sv> = {
  newCase: {
    link: 'New case',
    caseDiff: 'Compare two cases',
  },
  licensing: {
    warning: {
      double: '{group} has two licences for the same function from {year}: {a} and {b}.',
      unlicensed: '{group} has no licence in the scenario.',
    },
    name: {
      'double-licence': 'Double licences',
      'unlicensed-group': 'Groups without a licence',
    },
    why: {
      'double-licence': 'A group with two suites (for example E3 and F3) or two tools for the same thing pays twice.',
      'unlicensed-group': 'A user group that no product of the scenario licenses.',
    },
    double: '{group} has both {a} (licence {n}) and {b} (licence {m}) from {year}.',
    unlicensed: '{group} has no licence.',
    removeFrom: 'Remove {group} from licence {n} ({product})',
    removeLine: 'Remove licence {n} ({product}), which covers only {group}',
    addTo: 'Add {group} to licence {n} ({product})',
    newLine: 'Give {group} a licence of its own: {product}',
    removed: '{group} is removed from licence {n} ({product}).',
    lineRemoved: 'Licence {n} ({product}) is removed.',
    added: '{group} now has licence {n} ({product}).',
    addedLine: '{group} now has a licence of its own: {product}.',
    met: {
      'double-licence': 'No group has two licences for the same function.',
      'unlicensed-group': 'Every group with users has a licence.',
    },
    acceptReason: 'Reason to accept it: {name}',
    accepted: 'Accepted: {reason}',
  },
}
