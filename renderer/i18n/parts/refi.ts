// Strings of one feature, Swedish and English side by side; merged into sv.ts and en.ts.
// refi
export const sv = {
  title: 'REFI-QDA',
};

export const en: typeof sv = {
  title: 'REFI-QDA',
};
