// The smoke-test inputs are parsed in src/stages (the rollback action shares them).
export * from '../../stages/smoke-test-inputs.js'
