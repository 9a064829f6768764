// Unit and integration tests (`npm test`): fast, may start real local components through test/support.
// End-to-end tests with real Docker builds live in test/e2e and run with jest.e2e.config.js.
export const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  setupFiles: ['<rootDir>/test/support/env.ts'],
  // Fixture apps hold package.json files (some deliberately invalid): keep them out of jest's module map.
  modulePathIgnorePatterns: ['<rootDir>/test/fixtures/'],
  testTimeout: 60000
}

export default {
  ...common,
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/fixtures/']
}
