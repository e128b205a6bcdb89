// Speaker-turn detection: finds the paragraphs that open with a speaker label, spans each turn from
// its label to the paragraph before the next one, and samples the result for the import preview.
// Pure, offset-exact, linear in paragraphs.
import { ApiError } from '../api/errors';
import {
  LABEL_PATTERNS,
  findLabelPattern,
  isNotSpeakerWord,
  isPlausibleLabel,
  labelKey,
  defaultRole,
  normaliseLabel,
} from './labels';
import type {
  DetectedSpeaker,
  DetectedTurn,
  Detection,
  DetectionMode,
  LabelPattern,
  Paragraph,
  TurnPreview,
} from './types';

/**
 * Only this much of a paragraph is shown to a label regex. A label is at most 30 characters plus a
 * timestamp, and a short input keeps a badly written custom regex from running away on a long
 * paragraph (it bounds, but cannot rule out, exponential backtracking).
 */
export const LABEL_WINDOW = 80;

interface Matcher {
  /** The built-in pattern's id; null for a custom regex. */
  patternId: string | null;
  regex: RegExp;
  trustedAlone: boolean;
}

interface Candidate {
  paragraph: number;
  labelEnd: number;
  speaker: string;
  patternId: string | null;
  trustedAlone: boolean;
}

/** Compiled once; without the g or y flag a RegExp keeps no state between calls. */
const BUILT_IN: readonly Matcher[] = LABEL_PATTERNS.map((p: LabelPattern) => ({
  patternId: p.id,
  regex: new RegExp(p.source, 'u'),
  trustedAlone: p.trustedAlone,
}));

/**
 * Compiles the user's regex anchored at the paragraph start (sticky). Unicode mode is tried first
 * so that \p{Lu} works, then plain mode, because a pattern written for plain mode ("\:") is a
 * syntax error under 'u'. Throws an ApiError that names the problem.
 */
export function compileLabelRegex(source: string): RegExp {
  if (source.trim() === '') {
    throw new ApiError('speaker_regex_empty', 'The speaker-label regex is empty.', {
      regex: source,
    });
  }
  try {
    return new RegExp(source, 'uy');
  } catch {
    try {
      return new RegExp(source, 'y');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiError(
        'speaker_regex_invalid',
        `Invalid speaker-label regex /${source}/: ${reason}`,
        {
          regex: source,
          reason,
        },
      );
    }
  }
}

function matchersFor(mode: DetectionMode): Matcher[] {
  switch (mode.kind) {
    case 'none':
      return [];
    case 'auto':
      return [...BUILT_IN];
    case 'regex':
      return [{ patternId: null, regex: compileLabelRegex(mode.source), trustedAlone: true }];
    case 'patterns':
      // Chosen by hand, so one occurrence is enough; table order keeps the known forms first.
      for (const id of mode.ids) {
        if (!findLabelPattern(id)) {
          throw new ApiError('speaker_pattern_unknown', `Unknown speaker-label pattern "${id}".`, {
            id,
          });
        }
      }
      return BUILT_IN.filter((m) => m.patternId !== null && mode.ids.includes(m.patternId)).map(
        (m) => ({ ...m, trustedAlone: true }),
      );
  }
}

/** The label that opens paragraph `index`, if any; the first matcher that accepts it wins. */
function findLabel(
  text: string,
  paragraph: Paragraph,
  index: number,
  matchers: readonly Matcher[],
): Candidate | null {
  if (paragraph.kind === 'heading' || paragraph.kind === 'table-row') return null;
  const window = text.slice(
    paragraph.start,
    Math.min(paragraph.end, paragraph.start + LABEL_WINDOW),
  );
  for (const matcher of matchers) {
    matcher.regex.lastIndex = 0; // a custom regex is sticky
    const match = matcher.regex.exec(window);
    if (!match || match.index !== 0 || match[0].length === 0) continue;
    const whole = match[0];
    // "kl 10:30", "https://": a colon followed at once by a digit or slash is not a label's colon.
    if (whole.endsWith(':') && /[\d/]/.test(window.charAt(whole.length))) continue;
    const speaker = normaliseLabel(match.groups?.speaker ?? match[1] ?? whole);
    if (!isPlausibleLabel(speaker)) continue;
    if (matcher.patternId !== null && isNotSpeakerWord(speaker)) continue;
    // A custom regex may leave the spaces after its colon; the speech starts after them.
    let labelEnd = paragraph.start + whole.length;
    while (labelEnd < paragraph.end && /[ \t\u00a0]/.test(text.charAt(labelEnd))) labelEnd++;
    return {
      paragraph: index,
      labelEnd,
      speaker,
      patternId: matcher.patternId,
      trustedAlone: matcher.trustedAlone,
    };
  }
  return null;
}

/**
 * Auto mode's caution: a name-like label ("Anna:", but also "Tema:") counts only when it opens at
 * least two paragraphs, or when another name-like label does, i.e. the document is labelled by name.
 */
function acceptConservatively(candidates: Candidate[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.trustedAlone) continue;
    const key = labelKey(c.speaker);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const namesInUse = [...counts.values()].some((n) => n >= 2);
  return candidates.filter((c) => c.trustedAlone || namesInUse);
}

const isBlank = (text: string, p: Paragraph): boolean => !/\S/.test(text.slice(p.start, p.end));

/**
 * Finds the speaker turns of a transcript. A turn starts at a paragraph that opens with a label and
 * runs to the last non-blank paragraph before the next label, or before the end of the document;
 * paragraphs before the first label belong to no turn. Headings and table rows never open a turn.
 * Throws an ApiError for an invalid custom regex or an unknown pattern id.
 */
export function detectTurns(
  text: string,
  paragraphs: readonly Paragraph[],
  mode: DetectionMode,
): Detection {
  const matchers = matchersFor(mode);
  if (matchers.length === 0) return { turns: [], speakers: [], patternIds: [] };

  const found: Candidate[] = [];
  paragraphs.forEach((p, i) => {
    const candidate = findLabel(text, p, i, matchers);
    if (candidate) found.push(candidate);
  });
  const accepted = mode.kind === 'auto' ? acceptConservatively(found) : found;

  const spelling = new Map<string, DetectedSpeaker>();
  const turns: DetectedTurn[] = [];
  accepted.forEach((c, i) => {
    const next = accepted[i + 1]?.paragraph ?? paragraphs.length;
    let last = next - 1;
    // Trailing blank paragraphs are gaps between turns, not speech.
    while (last > c.paragraph && isBlank(text, paragraphs[last] as Paragraph)) last--;
    const first = paragraphs[c.paragraph] as Paragraph;
    const key = labelKey(c.speaker);
    let speaker = spelling.get(key);
    if (!speaker) {
      speaker = { label: c.speaker, role: defaultRole(c.speaker), turns: 0 };
      spelling.set(key, speaker);
    }
    speaker.turns++;
    const end = (paragraphs[last] as Paragraph).end;
    turns.push({ start: first.start, labelEnd: c.labelEnd, end, speaker: speaker.label });
  });

  const fired = new Set(accepted.map((c) => c.patternId));
  return {
    turns,
    speakers: [...spelling.values()],
    patternIds: LABEL_PATTERNS.map((p) => p.id).filter((id) => fired.has(id)),
  };
}

// The confirmation preview of the import dialog: the first turns as "speaker: first words", so
// the researcher sees whether detection split the transcript right before anything is saved.
/** Roughly two lines of the dialog; enough to recognise a turn, short enough to scan twelve. */
export const PREVIEW_SPEECH_LENGTH = 120;

/** A cut may fall back this share of the length to end on a whole word. */
const WORD_SLACK = 0.25;

/**
 * Shortens collapsed speech to `max` UTF-16 units plus '…', at a word boundary when one is near,
 * and never between the two halves of a surrogate pair (an emoji in a chat transcript).
 */
export function shortenSpeech(speech: string, max = PREVIEW_SPEECH_LENGTH): string {
  if (speech.length <= max) return speech;
  let cut = max;
  const space = speech.lastIndexOf(' ', max);
  if (space > 0 && space >= max * (1 - WORD_SLACK)) cut = space;
  else if (/[\uD800-\uDBFF]/.test(speech.charAt(cut - 1))) cut--;
  return `${speech.slice(0, cut).trimEnd()}…`;
}

/** The first `maxTurns` turns with their speaker, default role and first words. */
export function previewSample(text: string, detection: Detection, maxTurns = 12): TurnPreview[] {
  const roles = new Map(detection.speakers.map((s) => [s.label, s.role]));
  return detection.turns.slice(0, Math.max(0, maxTurns)).map((turn) => {
    // Read a little past the cut only: a turn may run for pages.
    const readTo = Math.min(turn.end, turn.labelEnd + PREVIEW_SPEECH_LENGTH * 4);
    const speech = text.slice(turn.labelEnd, readTo).replace(/\s+/g, ' ').trim();
    return {
      speaker: turn.speaker,
      role: roles.get(turn.speaker) ?? 'participant',
      speech: shortenSpeech(speech),
      start: turn.start,
    };
  });
}
