// Swedish: the users' language and the source of every key. English (en.ts) must have the same keys.
export const sv = {
  app: {
    name: 'Kvalkod',
    tagline: 'Kvalitativ kodning av gruppintervjuer – på din egen dator.',
    version: 'Version {{version}}',
  },
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
  },
  start: {
    newProject: 'Nytt projekt',
    newProjectHint: 'Skapa en projektfil med kodboken Handlingsplanen.',
    openProject: 'Öppna projekt',
    openProjectHint: 'Öppna en befintlig .kvalkod-fil.',
    recent: 'Senaste projekt',
    recentEmpty: 'Inga projekt ännu. Skapa ett nytt för att börja.',
    missing: 'Filen saknas',
    missingHint:
      'Filen finns inte längre på den här platsen. Den kan ha flyttats eller tagits bort.',
    forget: 'Ta bort {{name}} från listan',
    openRecent: 'Öppna {{name}}',
    openedAt: 'Öppnat {{date}}',
  },
  pathDialog: {
    newTitle: 'Nytt projekt',
    openTitle: 'Öppna projekt',
    pathLabel: 'Projektfil',
    pathHelp: 'Hela sökvägen till filen. Filändelsen .kvalkod läggs till om den saknas.',
    browse: 'Bläddra…',
    emptyCodebook: 'Börja med en tom kodbok (utan Handlingsplanen)',
    create: 'Skapa projekt',
    open: 'Öppna',
    cancel: 'Avbryt',
    defaultName: 'Nytt projekt',
  },
  project: {
    close: 'Stäng projekt',
    navigation: 'Vyer',
    documents: 'Dokument',
    codebook: 'Kodbok',
    documentsEmpty: 'Inga dokument ännu',
    documentsEmptyHint: 'Intervjuer som du importerar visas här, med talare och egenskaper.',
  },
  codebook: {
    title: 'Kodbok',
    groupCount_one: '{{count}} kod',
    groupCount_other: '{{count}} koder',
    area: 'Område {{number}}: {{name}}',
    shortcut: 'Kortkommando {{key}}',
    empty: 'Kodboken är tom.',
    groups: {
      areas: 'Områden',
      assessments: 'Bedömning',
      themes: 'Teman',
    },
  },
  notifications: {
    dismiss: 'Stäng meddelandet',
    region: 'Meddelanden',
  },
  errors: {
    invalid_input: 'Uppgiften kunde inte tas emot: {{message}}',
    access_denied: 'Åtkomst nekad. Öppna adressen som Kvalkod skrev ut när det startade.',
    unknown_method: 'Okänd åtgärd.',
    no_project_open: 'Inget projekt är öppet. Öppna eller skapa ett projekt först.',
    file_exists: 'Det finns redan en fil med det namnet: {{path}}. Välj ett annat namn.',
    file_missing: 'Filen finns inte: {{path}}',
    not_a_project: 'Filen är inte ett Kvalkod-projekt (den är ingen databas): {{path}}',
    not_kvalkod_project: 'Filen är en databas men inte ett Kvalkod-projekt: {{path}}',
    newer_version:
      'Projektet sparades av en nyare Kvalkod (projektversion {{found}}). Den här versionen ({{appVersion}}) läser projektversioner till och med {{supported}}. Uppdatera Kvalkod för att öppna det. Filen har inte ändrats.',
    damaged_project: 'Projektfilen är skadad ({{detail}}). Öppna en säkerhetskopia i stället.',
    cannot_write:
      'Filen kunde inte sparas: {{path}}. Kontrollera att mappen finns och att du får skriva i den.',
    not_supported: 'Det här går inte i det här fönstret.',
    internal: 'Något gick fel i Kvalkod. Ditt sparade arbete är orört. Försök igen.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Translation = Widen<typeof sv>;
