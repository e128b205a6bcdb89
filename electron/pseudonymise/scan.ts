// The scan of an open project: its texts as fields, its speakers and words, the saved decisions
// (or those an edited list stands for), through the pure candidate builder.
import type { Project } from '../../db/project';
import { buildCandidates, type Step } from '../../shared/pseudonymise/candidates';
import type { Decision, ScanResult } from '../../shared/pseudonymise/types';

export async function scanProject(
  project: Project,
  onStep: Step = () => {},
  decisions: readonly Decision[] = project.pseudonyms.decisions(),
): Promise<ScanResult> {
  const q = project.pseudonyms;
  const stopWords = q.stopWords();
  const candidates = await buildCandidates(
    {
      fields: q.fields(),
      speakers: q.speakers(),
      projectWords: q.projectWords(),
      decisions,
      stopWords,
    },
    onStep,
  );
  return { candidates, stopWords, documents: q.documentCount() };
}
