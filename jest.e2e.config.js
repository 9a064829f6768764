import { common } from './jest.config.js'

export default {
  ...common,
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testTimeout: 600000
}
