// Strings of one feature, Swedish and English side by side; merged into sv.ts and en.ts.
// tables
export const sv = {
  title: 'Tabeller',
};

export const en: typeof sv = {
  title: 'Tables',
};
