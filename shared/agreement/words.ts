// The words of an agreement table in both languages: headings, the unit rule, the formulas and the
// notes on undefined coefficients. Shared by the view (its language) and the exports and the CLI
// (English), so that every copy of the table says the same.
import type { TableLanguage } from '../tables/words';
import type { AgreementNote, AgreementUnit } from './types';

const WORDS = {
  sv: {
    titles: {
      codes: 'Samstämmighet per kod',
      groups: 'Samstämmighet per kodgrupp',
      overlap: 'Överlappande avsnitt per kod',
    },
    columns: {
      code: 'Kod',
      group: 'Kodgrupp',
      units: 'Enheter',
      both: 'Båda',
      all: 'Alla',
      only: 'Endast {{coder}}',
      neither: 'Ingen',
      percent: 'Procent överens',
      kappa: 'Cohens kappa',
      fleiss: 'Fleiss kappa',
      alpha: 'Krippendorffs alfa',
      uAlpha: 'Krippendorffs |uα',
      pairable: 'Parbara',
      ambiguous: 'Tvetydiga',
      alphaNominal: 'Krippendorffs alfa (nominal)',
      cuAlpha: 'Krippendorffs cuα',
      passages: 'Avsnitt {{coder}}',
      matched: 'Matchade {{coder}}',
    },
    units: {
      paragraph: 'stycke',
      turn: 'replik',
      sentence: 'mening',
      document: 'dokument',
      character: 'tecken',
    },
    notes: {
      unit: 'Enhet: {{unit}}. En kodare har kodat en enhet med en kod när ett av kodarens avsnitt med koden överlappar enheten med minst ett tecken.',
      unitCharacter:
        'Enhet: tecken. Varje tecken i dokumenten är en enhet, kodad eller inte av varje kodare.',
      scope: 'Kodare: {{coders}}. Dokument: {{documents}}.',
      percent:
        'Procent överens: andel enheter där alla kodare är överens (alla har kodat eller ingen har kodat).',
      kappa: 'Cohens kappa: κ = (pₒ − pₑ) / (1 − pₑ), pₑ ur de två kodarnas egna marginaler.',
      fleiss:
        'Fleiss kappa: κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), där varje enhet bedöms av alla kodare (kodad/inte kodad).',
      alpha:
        'Krippendorffs alfa (binär): α = 1 − Dₒ / Dₑ = 1 − (n − 1) · o₀₁ / (n₀ · n₁), ur sammanfallandematrisen.',
      uAlpha:
        'Krippendorffs |uα: kodat mot inte kodat på texten som kontinuum (Krippendorff m.fl. 2016), dokumenten efter varandra.',
      groups:
        'Kodgrupp: en enhets värde för en kodare är den kod i gruppen kodaren har satt där. Saknas kod är värdet saknat (inte parbart); två koder ur gruppen från samma kodare gör enheten tvetydig, och den räknas inte.',
      alphaNominal:
        'Krippendorffs alfa (nominal): α = 1 − Dₒ / Dₑ över parbara enheter; procent överens över parbara enheter.',
      cuAlpha:
        'Krippendorffs cuα: kodningen av de tecken som kodarnas kodade avsnitt delar (Krippendorff m.fl. 2016); procent överens över parbara tecken.',
      overlap:
        'Ett avsnitt stämmer överens när varje annan kodare har ett avsnitt med samma kod i samma dokument som överlappar det med minst {{threshold}} % av de två avsnittens sammanlagda omfång (MAXQDA).',
      undefined: '{{row}}: {{coefficient}} kan inte beräknas ({{reason}}).',
      noUnits: '{{document}} har inga enheter av det här slaget och räknas inte.',
      outsideUnits:
        'Avsnitt utanför varje enhet (till exempel före första repliken), som inte räknas: {{count}}.',
      ambiguous: '{{group}}: tvetydiga enheter, som inte räknas: {{count}}.',
      noDocuments: 'Kodarna har inte kodat något dokument gemensamt. Välj dokument.',
      coderWithoutCoding: '{{coder}} har inte kodat något i de valda dokumenten.',
    },
    reasons: { no_units: 'inga parbara enheter', no_variation: 'ingen variation' },
    coefficients: {
      kappa: 'kappa',
      fleiss_kappa: 'Fleiss kappa',
      alpha: 'alfa',
      alpha_nominal: 'alfa',
    },
  },
  en: {
    titles: {
      codes: 'Agreement by code',
      groups: 'Agreement by code group',
      overlap: 'Overlapping passages by code',
    },
    columns: {
      code: 'Code',
      group: 'Code group',
      units: 'Units',
      both: 'Both',
      all: 'All',
      only: 'Only {{coder}}',
      neither: 'Neither',
      percent: 'Percent agreement',
      kappa: "Cohen's kappa",
      fleiss: "Fleiss' kappa",
      alpha: "Krippendorff's alpha",
      uAlpha: "Krippendorff's |uα",
      pairable: 'Pairable',
      ambiguous: 'Ambiguous',
      alphaNominal: "Krippendorff's alpha (nominal)",
      cuAlpha: "Krippendorff's cuα",
      passages: 'Passages {{coder}}',
      matched: 'Matched {{coder}}',
    },
    units: {
      paragraph: 'paragraph',
      turn: 'turn',
      sentence: 'sentence',
      document: 'document',
      character: 'character',
    },
    notes: {
      unit: "Unit: {{unit}}. A coder coded a unit with a code when one of that coder's passages with the code overlaps the unit by at least one character.",
      unitCharacter:
        'Unit: character. Every character of the documents is a unit, coded or not by each coder.',
      scope: 'Coders: {{coders}}. Documents: {{documents}}.',
      percent:
        'Percent agreement: share of units on which all coders agree (all coded it, or none did).',
      kappa: "Cohen's kappa: κ = (pₒ − pₑ) / (1 − pₑ), pₑ from the two coders' own margins.",
      fleiss:
        "Fleiss' kappa: κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), every unit judged by all coders (coded/not coded).",
      alpha:
        "Krippendorff's alpha (binary): α = 1 − Dₒ / Dₑ = 1 − (n − 1) · o₀₁ / (n₀ · n₁), from the coincidence matrix.",
      uAlpha:
        "Krippendorff's |uα: coded against not coded on the text as a continuum (Krippendorff et al. 2016), the documents end to end.",
      groups:
        "Code group: a unit's value for a coder is the group's code the coder applied there. Without one the value is missing (not pairable); two codes of the group from one coder make the unit ambiguous, and it is left out.",
      alphaNominal:
        "Krippendorff's alpha (nominal): α = 1 − Dₒ / Dₑ over pairable units; percent agreement over pairable units.",
      cuAlpha:
        "Krippendorff's cuα: the coding of the characters the coders' coded passages share (Krippendorff et al. 2016); percent agreement over pairable characters.",
      overlap:
        'A passage agrees when every other coder has a passage with the same code in the same document overlapping it by at least {{threshold}}% of the two passages together (MAXQDA).',
      undefined: '{{row}}: {{coefficient}} cannot be computed ({{reason}}).',
      noUnits: '{{document}} has no units of this kind and is not counted.',
      outsideUnits:
        'Passages outside every unit (for example before the first turn), not counted: {{count}}.',
      ambiguous: '{{group}}: ambiguous units, left out: {{count}}.',
      noDocuments: 'The coders have not coded any document in common. Choose documents.',
      coderWithoutCoding: '{{coder}} has coded nothing in the chosen documents.',
    },
    reasons: { no_units: 'no pairable units', no_variation: 'no variation' },
    coefficients: {
      kappa: 'kappa',
      fleiss_kappa: "Fleiss' kappa",
      alpha: 'alpha',
      alpha_nominal: 'alpha',
    },
  },
} as const;

export type AgreementWords = (typeof WORDS)['sv'];

export function agreementWords(language: TableLanguage) {
  return WORDS[language];
}

/** Fills {{name}} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

export function unitName(unit: AgreementUnit, language: TableLanguage): string {
  return WORDS[language].units[unit];
}

/** A note from the computation as a sentence. */
export function agreementNoteText(note: AgreementNote, language: TableLanguage): string {
  const w = WORDS[language];
  const p = note.params;
  if (note.code === 'undefined') {
    const coefficient = String(p.coefficient) as keyof AgreementWords['coefficients'];
    const reason = String(p.reason) as keyof AgreementWords['reasons'];
    return fill(w.notes.undefined, {
      row: String(p.row),
      coefficient: w.coefficients[coefficient],
      reason: w.reasons[reason],
    });
  }
  return fill(w.notes[note.code], p);
}
