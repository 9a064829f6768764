// Two projects: `unit` (fast, may start real local components through test/support) and `e2e`
// (slow: real Docker builds of generated images). `npm test` runs unit, `npm run test:e2e` runs e2e.
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true }] },
  setupFiles: ['<rootDir>/test/support/env.ts']
}

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/fixtures/'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] }
  ],
  testTimeout: 60000
}
