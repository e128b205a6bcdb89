// The app's version, shown in the UI and written into every project it creates. Kept equal to
// package.json's by a unit test (tests/unit/shared/version.test.ts).
export const APP_VERSION = '0.1.0';
