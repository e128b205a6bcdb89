// Documents and their speakers: list, read, delete; rename, re-role and merge speakers.
import { ApiError } from '../../shared/api/errors';
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
    return { deleted: project.db.transaction(() => project.documents.delete(ids))() };
  },

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
    project.documents.updateSpeaker(speakerId, label ?? speaker.label, role ?? speaker.role);
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
    project.db.transaction(() => project.documents.mergeSpeakers(from, into))();
    return null;
  },
};
