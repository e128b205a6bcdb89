// Strings of one feature, Swedish and English side by side; merged into sv.ts and en.ts.
// projectFile: the project file itself: read-only, damaged documents, "Kontrollera projekt".
export const sv = {
  readOnly:
    'Skrivskyddat: filen får inte ändras här, så projektet öppnades bara för läsning. Du kan läsa, söka och exportera. Kopiera filen till en mapp där du får skriva för att arbeta i den.',
  readOnlyAction: 'Projektet är skrivskyddat och kan inte ändras här.',
  damaged_one:
    '{{count}} dokument stämmer inte längre med kontrollsumman från importen (texten har ändrats utanför Kvalkod): {{names}}.',
  damaged_other:
    '{{count}} dokument stämmer inte längre med kontrollsummorna från importen (texterna har ändrats utanför Kvalkod): {{names}}.',
  damagedAdvice:
    'Kodade avsnitt i dem kan hamna på fel ställe. Öppna en säkerhetskopia av projektet, eller importera dokumenten igen.',
  check: 'Kontrollera projekt',
  checkHint:
    'Läser hela projektfilen och jämför varje dokuments text med kontrollsumman från importen',
  checking: 'Kontrollerar projektet…',
  title: 'Kontroll av projektet',
  ok_one: 'Inga fel hittades: databasen är hel och dokumentet stämmer med sin kontrollsumma.',
  ok_other:
    'Inga fel hittades: databasen är hel och alla {{count}} dokument stämmer med sina kontrollsummor.',
  damagedFound: 'Fel hittades. Öppna en säkerhetskopia av projektet om du har en.',
  database: 'Databasen',
  databaseOk: 'hel',
  links: 'Kopplingar mellan rader',
  linksOk: 'hela',
  links_one: '{{count}} rad pekar på något som inte finns',
  links_other: '{{count}} rader pekar på något som inte finns',
  documents: 'Dokument',
  documentsOk_one: '{{count}} kontrollerat, stämmer',
  documentsOk_other: '{{count}} kontrollerade, alla stämmer',
  documentsDamaged: '{{checked}} kontrollerade, {{damaged}} stämmer inte:',
  close: 'Stäng',
};

export const en: typeof sv = {
  readOnly:
    'Read-only: the file may not be changed here, so the project was opened for reading only. You can read, search and export. Copy the file to a folder you may write to in order to work in it.',
  readOnlyAction: 'The project is read-only and cannot be changed here.',
  damaged_one:
    '{{count}} document no longer matches the checksum from its import (its text was changed outside Kvalkod): {{names}}.',
  damaged_other:
    '{{count}} documents no longer match the checksums from their import (their texts were changed outside Kvalkod): {{names}}.',
  damagedAdvice:
    'Coded passages in them may sit in the wrong place. Open a backup copy of the project, or import the documents again.',
  check: 'Check project',
  checkHint:
    "Reads the whole project file and compares each document's text with its import checksum",
  checking: 'Checking the project…',
  title: 'Project check',
  ok_one: 'No problems found: the database is whole and the document matches its checksum.',
  ok_other:
    'No problems found: the database is whole and all {{count}} documents match their checksums.',
  damagedFound: 'Problems were found. Open a backup copy of the project if you have one.',
  database: 'Database',
  databaseOk: 'whole',
  links: 'Links between rows',
  linksOk: 'whole',
  links_one: '{{count}} row points at something that is not there',
  links_other: '{{count}} rows point at something that is not there',
  documents: 'Documents',
  documentsOk_one: '{{count}} checked, matches',
  documentsOk_other: '{{count}} checked, all match',
  documentsDamaged: '{{checked}} checked, {{damaged}} do not match:',
  close: 'Close',
};
