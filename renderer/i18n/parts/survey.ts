// Strings of one feature, Swedish and English side by side; merged into sv.ts and en.ts.
// survey
export const sv = {
  title: 'Enkät',
};

export const en: typeof sv = {
  title: 'Questionnaire',
};
