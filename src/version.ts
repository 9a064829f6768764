// Kept in step with package.json by test/version.test.ts.
export const VERSION = '3.0.0'
