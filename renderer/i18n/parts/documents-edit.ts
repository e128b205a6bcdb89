// Strings of one feature, Swedish and English side by side; merged into sv.ts and en.ts.
// documentsEdit: removing documents, merging speakers after asking, importing a text twice, and
// the values of attributes (rename, merge, remove).
export const sv = {
  mergeTitle: 'Slå ihop talare',
  mergeQuestion_one:
    '{{from}} har {{count}} yttrande. Det blir ett yttrande av {{into}}, och {{from}} tas bort ur intervjun. Det går att ångra.',
  mergeQuestion_other:
    '{{from}} har {{count}} yttranden. De blir yttranden av {{into}}, och {{from}} tas bort ur intervjun. Det går att ångra.',
  mergeConfirm: 'Slå ihop',
  cancel: 'Avbryt',
};

export const en: typeof sv = {
  mergeTitle: 'Merge speakers',
  mergeQuestion_one:
    '{{from}} has {{count}} turn. It becomes a turn of {{into}}, and {{from}} is removed from the interview. This can be undone.',
  mergeQuestion_other:
    '{{from}} has {{count}} turns. They become turns of {{into}}, and {{from}} is removed from the interview. This can be undone.',
  mergeConfirm: 'Merge',
  cancel: 'Cancel',
};
