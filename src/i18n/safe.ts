/**
 * Texts of saved work and of reading what people type (issue 13), in Swedish (source) and English;
 * merged under `safe` in index.ts.
 */
import type { Widen } from './widen'

export const sv = {
  reading: {
    ambiguous: '”{text}” kan läsas som {a} eller som {b}: med komma eller punkt före tre siffror betyder det olika i olika språk. Skriv {a} eller {b}.',
    unsupported: '”{text}” är inte skrivet som ett tal skrivs på svenska. Menar du {value}, skriv {value}.',
    notWhole: '”{text}” läses som {value}, men här behövs ett heltal.',
    percentBelowOne: 'Läst som {value} %. Menade du {percent} %? Skriv då {percent}.',
    tooPrecise: 'Skriv 0 eller ett värde på minst {min}.',
    kept: 'Resultaten visar det senaste giltiga värdet, {value}.',
  },
  settings: {
    startYearRange:
      'Välj ett startår från {min} till {max}: startåret flyttar perioden och alla daterade rader med sig, och de ska rymmas inom {first}–{last}.',
    yearsRange: 'Välj 1 till {max} år: perioden får sluta senast {last}.',
  },
  library: {
    indexRebuilt: 'Listan över sparade fall var skadad. Den har byggts upp på nytt från de fall som finns sparade ({count} st); namnen finns kvar, men tiden då varje fall sparades kan saknas.',
    unsavedEarlier:
      'Nyare ändringar i ”{name}” (från {time}) sparades inte, eftersom webbläsarens lagring var full. Det som visas är den senast sparade versionen.',
    unsavedEarlierNoText: 'De osparade ändringarna finns inte kvar i den här fliken.',
    downloadUnsaved: 'Ladda ner de osparade ändringarna som fil',
    storageLow: 'Webbläsarens lagring är nästan full: fallet är sparat, men dess reservkopia kunde inte uppdateras. Exportera fallet som fil, eller ta bort fall du inte längre behöver.',
    notSaved: 'Ändringen sparades inte, eftersom fallet då inte gick att läsa tillbaka. Den finns kvar här; exportera fallet som fil för att inte förlora den.',
    gone: '”{name}” finns inte längre: det har tagits bort, kanske i en annan flik.',
    reloaded: '”{name}” ändrades i en annan flik. Den här fliken visar nu den nyare versionen.',
    keepPrevious: 'Behåll versionen som visades förut som en kopia',
    lostRace:
      '”{name}” ändrades i en annan flik i samma ögonblick som här, och båda ändrade samma uppgift. Den andra flikens version är sparad och visas nu; dina ändringar här är inte sparade.',
    keepLost: 'Behåll dina ändringar som en egen kopia',
    merged: '”{name}” ändrades i en annan flik i samma ögonblick som här. Båda ändringarna är sparade, och den här fliken visar det sparade fallet med båda.',
    restoredMissing: 'Det sparade fallet ”{name}” saknades. Den senaste fungerande kopian är återställd.',
    restoredNotKept:
      'Det sparade fallet ”{name}” gick inte att läsa. Den senaste fungerande kopian är återställd, men den oläsbara texten fick inte plats att sparas åt sidan eftersom lagringen är full: ladda ner den om du vill behålla den.',
    downloadUnreadable: 'Ladda ner den oläsbara texten',
    conflict: '”{name}” ändrades i en annan flik medan den här fliken hade ändringar som inte hunnit sparas. Inget sparas här förrän du väljer.',
    loadNewer: 'Visa den nyare versionen (ändringarna här släpps)',
    keepMine: 'Behåll den här versionen som en egen kopia',
    deleted: '”{name}” togs bort i en annan flik. Det som visas här sparas inte förrän du väljer.',
    keepDeleted: 'Behåll fallet',
    closeDeleted: 'Låt det vara borttaget',
    copyName: '{name} (kopia)',
    copied: 'Sparat som ”{name}”.',
    showUnreadable: 'Visa oläsbara fall',
    refused: 'Ändringen gjordes inte',
  },
  warnings: {
    heading: 'Uppgifter som inte används',
    usersOutsideHorizon: '{group} har ett antal för {year} ({users}), men perioden är {first}–{last}: antalet används inte.',
    removeCount: 'Ta bort antalet för {year}',
    legalChangeBeforeStart:
      'Året då överföring till tredje land upphör att vara laglig, {year}, ligger före perioden {first}–{last}: ingen utträdeskostnad räknas för det.',
  },
  unreadable: {
    heading: 'Fall som inte går att läsa',
    intro: 'De här sparade texterna går inte att läsa som fall. Inget är borttaget: ladda ner en text, eller öppna den för att se felen och rätta dem.',
    kept: 'sparad åt sidan',
    lost: 'ingen läsbar kopia finns kvar',
    faults: 'fel: {count}',
    download: 'Ladda ner {name}',
    repair: 'Rätta {name}',
    discard: 'Ta bort {name}',
    confirm: 'Ta bort texten för ”{name}” för gott?',
    confirmYes: 'Ja, ta bort',
    confirmNo: 'Avbryt',
    discarded: 'Texten för ”{name}” är borttagen.',
    repairHeading: 'Rätta ”{name}”',
    repairIntro: 'Varje fel visas med sökvägen till stället i texten. Rätta texten; när den går att läsa kan den sparas som fall.',
    text: 'Fallets text (JSON)',
    faultsHeading: 'Fel i texten ({count}; kontrollens ord är på engelska, som på kommandoraden)',
    readable: 'Texten går att läsa som ett fall.',
    save: 'Spara och öppna fallet',
    close: 'Stäng utan att spara',
    restored: '”{name}” är rättat, sparat och öppnat.',
    cannotOpen: 'går inte att läsa',
  },
  refusal: {
    tooLarge:
      'Ändringen gjordes inte: fallets belopp skulle kunna nå {figure}, och ett fall får nå högst {max} för att alla summor ska bli exakta. Sänk ett antal, ett pris eller ett belopp.',
    invalid: 'Ändringen gjordes inte, eftersom fallet då inte skulle gå att spara: {reason}.',
    endBeforeStart: 'Ändringen gjordes inte: slutåret får inte ligga före startåret.',
  },
}

export const en: Widen<typeof sv> = {
  reading: {
    ambiguous: '“{text}” can be read as {a} or as {b}: a comma or point before three digits means different things in different languages. Write {a} or {b}.',
    unsupported: '“{text}” is not how a number is written in English. If you mean {value}, write {value}.',
    notWhole: '“{text}” reads as {value}, but a whole number is needed here.',
    percentBelowOne: 'Read as {value} %. Did you mean {percent} %? Then write {percent}.',
    tooPrecise: 'Enter 0 or a value of at least {min}.',
    kept: 'The results show the last valid value, {value}.',
  },
  settings: {
    startYearRange:
      'Choose a start year from {min} to {max}: the start year moves the horizon and every dated line with it, and they must stay within {first}–{last}.',
    yearsRange: 'Choose 1 to {max} years: the horizon must end by {last}.',
  },
  library: {
    indexRebuilt: 'The list of saved cases was damaged. It has been rebuilt from the cases that are stored ({count}); their names are kept, but the time each was saved may be missing.',
    unsavedEarlier: 'Newer edits to “{name}” (from {time}) were not saved, because the browser’s storage was full. What is shown is the last saved version.',
    unsavedEarlierNoText: 'The unsaved edits are no longer in this tab.',
    downloadUnsaved: 'Download the unsaved edits as a file',
    storageLow: 'The browser’s storage is nearly full: the case is saved, but its backup copy could not be updated. Export the case as a file, or delete cases you no longer need.',
    notSaved: 'The change was not saved, since the case could then not be read back. It is still here; export the case as a file so as not to lose it.',
    gone: '“{name}” is no longer there: it has been deleted, perhaps in another tab.',
    reloaded: '“{name}” was changed in another tab. This tab now shows the newer version.',
    keepPrevious: 'Keep the version shown before as a copy',
    lostRace:
      '“{name}” was changed in another tab at the same moment as here, and both changed the same thing. The other tab’s version is saved and shown now; your edits here are not saved.',
    keepLost: 'Keep your edits as a copy of their own',
    merged: '“{name}” was changed in another tab at the same moment as here. Both changes are saved, and this tab shows the saved case with both.',
    restoredMissing: 'The saved case “{name}” was missing. The last good copy is restored.',
    restoredNotKept:
      'The saved case “{name}” could not be read. The last good copy is restored, but the unreadable text could not be kept aside because storage is full: download it if you want to keep it.',
    downloadUnreadable: 'Download the unreadable text',
    conflict: '“{name}” was changed in another tab while this tab had edits not yet saved. Nothing is saved here until you choose.',
    loadNewer: 'Show the newer version (the edits here are dropped)',
    keepMine: 'Keep this version as a copy of its own',
    deleted: '“{name}” was deleted in another tab. What is shown here is not saved until you choose.',
    keepDeleted: 'Keep the case',
    closeDeleted: 'Let it stay deleted',
    copyName: '{name} (copy)',
    copied: 'Saved as “{name}”.',
    showUnreadable: 'Show unreadable cases',
    refused: 'Not changed',
  },
  warnings: {
    heading: 'Figures that are not used',
    usersOutsideHorizon: '{group} has a count for {year} ({users}), but the horizon is {first}–{last}: the count is not used.',
    removeCount: 'Remove the count for {year}',
    legalChangeBeforeStart:
      'The year transfers to a third country cease to be lawful, {year}, is before the horizon {first}–{last}: no exit cost is counted for it.',
  },
  unreadable: {
    heading: 'Cases that cannot be read',
    intro: 'These saved texts cannot be read as cases. Nothing has been deleted: download a text, or open it to see its faults and repair them.',
    kept: 'kept aside',
    lost: 'no readable copy is left',
    faults: 'faults: {count}',
    download: 'Download {name}',
    repair: 'Repair {name}',
    discard: 'Delete {name}',
    confirm: 'Delete the text of “{name}” for good?',
    confirmYes: 'Yes, delete',
    confirmNo: 'Cancel',
    discarded: 'The text of “{name}” is deleted.',
    repairHeading: 'Repair “{name}”',
    repairIntro: 'Each fault is shown with the path to its place in the text. Correct the text; once it can be read, it can be saved as a case.',
    text: 'The case’s text (JSON)',
    faultsHeading: 'Faults in the text ({count})',
    readable: 'The text can be read as a case.',
    save: 'Save and open the case',
    close: 'Close without saving',
    restored: '“{name}” is repaired, saved and open.',
    cannotOpen: 'cannot be read',
  },
  refusal: {
    tooLarge:
      'Not changed: the case’s figures could reach {figure}, and a case may reach at most {max} so that every total stays exact. Lower a count, a price or an amount.',
    invalid: 'Not changed, since the case could then not be saved: {reason}.',
    endBeforeStart: 'Not changed: the last year must not be before the first.',
  },
}
