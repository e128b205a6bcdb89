// The built-in codebook "Handlingsplanen" (../shared/docs/DOMAIN.md), created in every new project
// unless the user asks for an empty one. Area numbers are identity: questionnaires and tables refer
// to areas by number, so they are data here, not list positions.
import type { CodeGroupKind } from './types';

export interface TemplateCode {
  name: string;
  number?: number;
  color: string;
  description: string;
  shortcut?: string;
}

export interface TemplateGroup {
  kind: CodeGroupKind;
  name: string;
  color: string;
  description: string;
  codes: TemplateCode[];
}

export const TEMPLATE_NAME = 'Handlingsplanen';

// Paul Tol's "bright", "muted" and "high-contrast" qualitative schemes: chosen to stay apart for
// colour-blind readers, no two as close as ΔE 17 (area 13 is red, not a second rose beside area 2);
// the UI always shows the number beside the colour, so no area is told by colour alone.
export const AREA_COLORS = [
  '#4477AA',
  '#EE6677',
  '#228833',
  '#CCBB44',
  '#66CCEE',
  '#AA3377',
  '#332288',
  '#DDCC77',
  '#004488',
  '#994455',
  '#44AA99',
  '#999933',
  '#CC3311',
  '#BBBBBB',
] as const;

const AREA_NAMES = [
  'Brukardelaktighet och återkoppling från brukare',
  'Introduktionsprogram och mentorskap för nyanställda',
  'Antal medarbetare som är rimligt i förhållande till chefers och medarbetares uppdrag (rimlig arbetsbelastning)',
  'Lokalt kompetens- och utvecklingsforum',
  'Nära och tillgänglig ledning som ger stöd och uppmuntran',
  'Administrativt stöd till socialsekreterare och biståndshandläggare',
  'Administrativt stöd till chefer',
  'Systematisk intern ärendehandledning',
  'Medhandläggarskap',
  'Regelbunden fortbildning och möjlighet till specialistutbildning',
  'Regelbundet mottagande av studenter',
  'Mottagande av traineer',
  'Lämpliga lokaler och fungerande arbetsredskap',
  'Övrigt',
] as const;

const areas: TemplateCode[] = AREA_NAMES.map((name, i) => ({
  name,
  number: i + 1,
  color: AREA_COLORS[i] ?? '#BBBBBB',
  description:
    i === 13
      ? 'Det som talas om som en del av handlingsplanen men inte hör till något av områdena 1–13.'
      : `Område ${i + 1} i handlingsplanen för bättre arbetsvillkor.`,
  // Keys 1-9 code areas 1-9 directly; 10-14 are reached through the quick palette.
  ...(i < 9 ? { shortcut: String(i + 1) } : {}),
}));

const assessments: TemplateCode[] = [
  {
    name: 'Kommit längst',
    color: '#1B7837',
    shortcut: 'l',
    description: 'Arbetet inom området har kommit längst.',
  },
  {
    name: 'Störst behov',
    color: '#B2182B',
    shortcut: 'b',
    description: 'Området har störst behov av fortsatt utvecklingsarbete.',
  },
  {
    name: 'Svårt att genomföra',
    color: '#E08214',
    shortcut: 's',
    description: 'Området beskrivs som svårt att genomföra.',
  },
  {
    name: 'Hinder',
    color: '#542788',
    shortcut: 'h',
    description: 'Något som håller tillbaka arbetet inom området.',
  },
];

const THEMES: [string, string][] = [
  ['Lokaler och kontorslandskap', 'Lokaler, kontorslandskap och arbetsmiljön i rummet.'],
  ['Omorganisation', 'Omorganisationer och deras följder.'],
  ['Personalomsättning', 'Personalomsättning bland medarbetare.'],
  ['Arbetsbelastning', 'Arbetsbelastning och ärendemängd.'],
  ['Lön', 'Lön och lönesättning.'],
  ['Administration', 'Administrativa uppgifter och rutiner.'],
  ['Hot och våld', 'Hot och våld i arbetet.'],
  ['Digitala verktyg och verksamhetssystem', 'Digitala verktyg, verksamhetssystem och it-stöd.'],
  [
    'Trivselinitiativ och friskvård',
    'Små trivselinitiativ: fruktkorg, frukostmöten, friskvårdstimme.',
  ],
  ['Flexibilitet och arbetstid', 'Flexibel arbetstid, distansarbete och schema.'],
  ['Delaktighet', 'Medarbetarnas delaktighet i beslut och utveckling.'],
  ['Chefsbyten', 'Byten av chefer och chefsomsättning.'],
  ['Kompetensutveckling', 'Kompetensutveckling utöver handlingsplanens områden.'],
  ['Konsulter', 'Inhyrda socialsekreterare och konsulter.'],
];
const THEME_COLORS = [
  '#8C510A',
  '#01665E',
  '#C51B7D',
  '#4D9221',
  '#762A83',
  '#2166AC',
  '#D6604D',
  '#35978F',
  '#BF812D',
  '#5AAE61',
  '#9970AB',
  '#878787',
  '#4393C3',
  '#E7298A',
] as const;
const themes: TemplateCode[] = THEMES.map(([name, description], i) => ({
  name,
  description,
  color: THEME_COLORS[i] ?? '#878787',
}));

export const HANDLINGSPLANEN: readonly TemplateGroup[] = [
  {
    kind: 'areas',
    name: 'Områden',
    color: '#4477AA',
    description: 'Handlingsplanens 13 områden och Övrigt, med sina nummer.',
    codes: areas,
  },
  {
    kind: 'assessments',
    name: 'Bedömning',
    color: '#B2182B',
    description: 'Vad talaren säger om ett område.',
    codes: assessments,
  },
  {
    kind: 'themes',
    name: 'Teman',
    color: '#8C510A',
    description: 'Teman som går på tvären genom områdena.',
    codes: themes,
  },
];
