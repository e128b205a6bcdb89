// A .qdpx as QualCoder exports it: each source's files named after one GUID (the one its cases
// refer to) and the source itself given another; a nameless one-source case holding a document's
// variables as MAXQDA and Quirkos write them; a PDF and a reference to nothing.
import { makeZip } from '../import/zip-helper';

// QualCoder names a source's files after one GUID (the one its cases use) and the source another.
const FILE_A = 'a1a1a1a1-0000-4000-8000-000000000001';
const FILE_B = 'b2b2b2b2-0000-4000-8000-000000000002';
const PLAIN_A = 'c3c3c3c3-0000-4000-8000-000000000003';
const PLAIN_B = 'd4d4d4d4-0000-4000-8000-000000000004';
const PDF_FILE = 'e5e5e5e5-0000-4000-8000-000000000005';

const TEXT_A = 'Intervjuare: Hur är lokalerna?\nIP1: Trånga.';
const TEXT_B = 'Intervjuare: Och introduktionen?\nIP1: Den fungerar.';

export function qualcoderQdpx(): Buffer {
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Studie" origin="QualCoder 3.6">
<Users><User guid="99999999-0000-4000-8000-000000000001" name="colin" /></Users>
<Variables>
<Variable guid="77777777-0000-4000-8000-000000000001" name="Åldersgrupp" typeOfVariable="Text"><Description /></Variable>
<Variable guid="77777777-0000-4000-8000-000000000002" name="Stadsdel" typeOfVariable="Text"><Description /></Variable>
</Variables>
<Cases>
<Case guid="88888888-0000-4000-8000-000000000001" name="Anna">
<Description />
<VariableValue><VariableRef targetGUID="77777777-0000-4000-8000-000000000001" /><TextValue>30-39</TextValue></VariableValue>
<SourceRef targetGUID="${FILE_A}"/>
<SourceRef targetGUID="${FILE_B}"/>
</Case>
<Case guid="88888888-0000-4000-8000-000000000002" name="Bertil">
<Description>Chef sedan 2015</Description>
<SourceRef targetGUID="${FILE_B}"/>
<SourceRef targetGUID="${PDF_FILE}"/>
<SourceRef targetGUID="f0f0f0f0-0000-4000-8000-00000000dead"/>
</Case>
<Case guid="88888888-0000-4000-8000-000000000003">
<VariableValue><VariableRef targetGUID="77777777-0000-4000-8000-000000000002" /><TextValue>Lindholmen</TextValue></VariableValue>
<SourceRef targetGUID="${FILE_A}"/>
</Case>
</Cases>
<Sources>
<TextSource richTextPath="internal://${FILE_A}.docx" plainTextPath="internal://${PLAIN_A}.txt" creatingUser="99999999-0000-4000-8000-000000000001" guid="10000000-0000-4000-8000-00000000000a" name="Intervju 1.docx">
</TextSource>
<TextSource richTextPath="internal://${FILE_B}.odt" plainTextPath="internal://${PLAIN_B}.txt" guid="10000000-0000-4000-8000-00000000000b" name="Intervju 2.odt">
</TextSource>
<PDFSource path="internal://${PDF_FILE}.pdf" guid="10000000-0000-4000-8000-00000000000c" name="Protokoll.pdf">
<Representation guid="10000000-0000-4000-8000-00000000000d" plainTextPath="internal://${PDF_FILE}.txt" name="Protokoll.pdf"></Representation>
</PDFSource>
</Sources>
</Project>`;
  return makeZip([
    { name: 'project.qde', data: qde },
    { name: `sources/${PLAIN_A}.txt`, data: TEXT_A },
    { name: `sources/${PLAIN_B}.txt`, data: TEXT_B },
    { name: `sources/${FILE_A}.docx`, data: 'PK not read' },
    { name: `sources/${PDF_FILE}.pdf`, data: '%PDF-1.4' },
  ]);
}
