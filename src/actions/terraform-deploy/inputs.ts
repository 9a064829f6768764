// The terraform-deploy inputs are parsed in src/stages (the rollback action shares them).
export * from '../../stages/terraform-deploy/action-inputs.js'
