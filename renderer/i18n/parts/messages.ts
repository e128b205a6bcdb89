// Messages made on the Node side as {code, params} (shared/messages): Swedish here, English from
// the shared catalog that the CLI prints too, so both sides say the same thing.
import { messagesEn } from '../../../shared/messages';

export const sv = {
  notUtf8: '{{file}} är inte sparad som UTF-8; den lästes som Windows-1252 (västeuropeisk).',
  docxStyleMissing:
    '{{file}} hänvisar till styckeformatet ”{{style}}”, som inte finns i själva filen (vanligt i filer sparade i LibreOffice). De styckena lästes som vanlig text, inte som rubriker.',
  docxElementIgnored:
    '{{file}}: en del av filen som Kvalkod inte känner till ({{element}}) lämnades bort.',
  docxTableMerge:
    '{{file}}: en tabell har sammanslagna celler som kanske inte lästes rätt; kontrollera raderna.',
  docxSymbolIgnored:
    '{{file}}: en symbol i typsnittet {{font}} kunde inte läsas och lämnades bort.',
  docxFieldIgnored:
    '{{file}}: ett fält (till exempel ett sidnummer eller ett datum) kunde inte läsas och lämnades bort.',
  docxOther: '{{file}}: en del av formateringen kunde inte läsas; hela texten är importerad.',
  patternMismatch:
    '{{file}} passar inte filnamnsmönstret {{pattern}}; egenskaperna fylldes inte i från namnet.',
  nameValueInvalid:
    '{{file}}: filnamnet ger {{attribute}} värdet ”{{value}}”, som egenskapen inte kan ha; den lämnades tom.',
  sameText: '{{file}} har samma text som {{documents}}, som redan finns i projektet.',
  valueEmpty: '{{attribute}}: värdet är tomt.',
  valueNotNumber: '{{attribute}}: ”{{value}}” är inte ett tal.',
  valueNotDate: '{{attribute}}: ”{{value}}” är inte ett datum skrivet som ÅÅÅÅ-MM-DD.',
  pseudoKeyBesideCopy:
    'Nyckeln ligger i samma mapp som kopian ({{folder}}). Flytta den till en plats som kopians läsare inte når.',
  pseudoAcceptedNotFound: '”{{text}}” är godkänd men finns inte i projektet.',
  pseudoSpeakerMerged: 'I ”{{document}}” blev två talare en: {{label}}.',
  pseudoDocumentRenamed: 'Två dokument skulle heta ”{{name}}”; det ena heter ”{{as}}”.',
} satisfies Record<keyof typeof messagesEn, string>;

export const en = messagesEn;
