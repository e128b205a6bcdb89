// English: the second language. Same keys as sv.ts (the type checks it).
import type { Translation } from './sv';

export const en: Translation = {
  app: {
    name: 'Kvalkod',
    tagline: 'Qualitative coding of group interviews – on your own computer.',
    version: 'Version {{version}}',
  },
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },
  start: {
    newProject: 'New project',
    newProjectHint: 'Create a project file with the codebook Handlingsplanen.',
    openProject: 'Open project',
    openProjectHint: 'Open an existing .kvalkod file.',
    recent: 'Recent projects',
    recentEmpty: 'No projects yet. Create a new one to begin.',
    missing: 'File missing',
    missingHint: 'The file is no longer at this location. It may have been moved or deleted.',
    forget: 'Remove {{name}} from the list',
    openRecent: 'Open {{name}}',
    openedAt: 'Opened {{date}}',
  },
  pathDialog: {
    newTitle: 'New project',
    openTitle: 'Open project',
    pathLabel: 'Project file',
    pathHelp: 'The full path of the file. The extension .kvalkod is added when missing.',
    browse: 'Browse…',
    emptyCodebook: 'Start with an empty codebook (without Handlingsplanen)',
    create: 'Create project',
    open: 'Open',
    cancel: 'Cancel',
    defaultName: 'New project',
  },
  project: {
    close: 'Close project',
    navigation: 'Views',
    documents: 'Documents',
    codebook: 'Codebook',
    documentsEmpty: 'No documents yet',
    documentsEmptyHint: 'Interviews you import appear here, with their speakers and attributes.',
  },
  codebook: {
    title: 'Codebook',
    groupCount_one: '{{count}} code',
    groupCount_other: '{{count}} codes',
    area: 'Area {{number}}: {{name}}',
    shortcut: 'Shortcut {{key}}',
    empty: 'The codebook is empty.',
    groups: {
      areas: 'Areas',
      assessments: 'Assessment',
      themes: 'Themes',
    },
  },
  notifications: {
    dismiss: 'Dismiss message',
    region: 'Messages',
  },
  errors: {
    invalid_input: 'The input was not accepted: {{message}}',
    access_denied: 'Access denied. Open the address Kvalkod printed when it started.',
    unknown_method: 'Unknown action.',
    no_project_open: 'No project is open. Open or create a project first.',
    file_exists: 'A file with that name already exists: {{path}}. Choose another name.',
    file_missing: 'The file does not exist: {{path}}',
    not_a_project: 'The file is not a Kvalkod project (it is not a database): {{path}}',
    not_kvalkod_project: 'The file is a database but not a Kvalkod project: {{path}}',
    newer_version:
      'The project was saved by a newer Kvalkod (project version {{found}}). This version ({{appVersion}}) reads project versions up to {{supported}}. Update Kvalkod to open it. The file has not been changed.',
    damaged_project: 'The project file is damaged ({{detail}}). Open a backup copy instead.',
    cannot_write:
      'The file could not be saved: {{path}}. Check that the folder exists and that you may write to it.',
    not_supported: 'This is not possible in this window.',
    internal: 'Something went wrong in Kvalkod. Your saved work is untouched. Try again.',
  },
};
