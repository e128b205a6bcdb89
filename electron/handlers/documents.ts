// Documents and their speakers: list, read, delete; rename, re-role and merge speakers.
import { ApiError } from '../../shared/api/errors';
import { message } from '../../shared/messages';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

export const documentHandlers: HandlerGroup = {
  'documents.list': (_input, ctx) => requireProject(ctx).documents.list(),

  'documents.content': ({ ref }, ctx) => {
    const project = requireProject(ctx);
    const id =
      typeof ref === 'number'
        ? ref
        : (project.documents.idByName(ref) ?? (/^\d+$/.test(ref) ? Number(ref) : null));
    const content = id === null ? null : project.documents.content(id);
    if (!content)
      throw new ApiError('document_missing', `There is no document "${ref}" in this project.`, {
        field: 'document',
        ref,
      });
    return content;
  },

  'documents.delete': ({ ids }, ctx) => {
    const project = requireProject(ctx);
    const unique = [...new Set(ids)];
    const what = message('documentsRemoved', {
      count: unique.length,
      document: project.documents.name(unique[0] ?? 0) ?? '',
    });
    // With its speakers, turns, values, coded passages and memos, all of it back with Ctrl+Z.
    const deleted = project.history.record({ action: 'documents.delete', message: what }, (rec) =>
      rec.removeAll(unique.map((id) => ({ table: 'documents', key: { id } }))),
    );
    return { deleted };
  },

  'documents.usage': ({ ids }, ctx) => requireProject(ctx).documents.usage(ids),

  'speakers.update': ({ speakerId, label, role }, ctx) => {
    const project = requireProject(ctx);
    const speaker = project.documents.speaker(speakerId);
    if (!speaker)
      throw new ApiError('speaker_missing', 'That speaker no longer exists.', {
        field: 'speakerId',
      });
    if (label !== undefined && label !== speaker.label) {
      const clash = project.documents.speakersOf(speaker.documentId).find((s) => s.label === label);
      if (clash)
        throw new ApiError(
          'speaker_label_taken',
          `This interview already has a speaker "${label}"; merge the two instead.`,
          { field: 'label', label },
        );
    }
    const document = project.documents.name(speaker.documentId) ?? '';
    const what =
      label !== undefined && label !== speaker.label
        ? message('speakerRenamed', { from: speaker.label, to: label, document })
        : role === 'interviewer'
          ? message('speakerMadeInterviewer', { speaker: speaker.label, document })
          : message('speakerMadeParticipant', { speaker: speaker.label, document });
    project.history.record({ action: 'speakers.update', message: what }, (rec) =>
      rec.update('speakers', speakerId, { label, role }),
    );
    return null;
  },

  'speakers.merge': ({ from, into }, ctx) => {
    const project = requireProject(ctx);
    const a = project.documents.speaker(from);
    const b = project.documents.speaker(into);
    if (!a || !b)
      throw new ApiError('speaker_missing', 'That speaker no longer exists.', {
        field: 'speakerId',
      });
    if (a.documentId !== b.documentId)
      throw new ApiError(
        'speakers_other_interview',
        'Only speakers of the same interview can be merged.',
        {
          field: 'into',
        },
      );
    if (from === into) return null;
    const what = message('speakersMerged', {
      from: a.label,
      into: b.label,
      document: project.documents.name(a.documentId) ?? '',
    });
    // The turns of `from` become turns of `into`; `from` goes.
    project.history.record({ action: 'speakers.merge', message: what }, (rec) => {
      for (const turn of project.documents.turnIdsOf(from))
        rec.update('turns', turn, { speaker_id: into });
      rec.remove('speakers', from);
    });
    return null;
  },
};
