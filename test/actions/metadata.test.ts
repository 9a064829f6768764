// Validates the shape of every action.yml: what GitHub needs to run it, and what our rules require
// (node24, branding, described inputs, pinned uses, no ${{ }} inside run:).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}
interface ActionMetadata {
  name?: string
  description?: string
  branding?: { icon?: string; color?: string }
  inputs?: Record<string, ActionInput>
  outputs?: Record<string, { description?: string; value?: string }>
  runs?: {
    using?: string
    main?: string
    post?: string
    'post-if'?: string
    steps?: { run?: string; uses?: string; env?: Record<string, string> }[]
  }
}

const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
const stepActions = readdirSync('actions').filter(d => existsSync(join('actions', d, 'action.yml')))

function load(path: string): ActionMetadata {
  return parse(readFileSync(path, 'utf8')) as ActionMetadata
}

function inputsReadBySource(action: string): string[] {
  const dir = join('src/actions', action)
  const names = new Set<string>()
  for (const file of readdirSync(dir).filter(f => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8')
    for (const m of text.matchAll(/get(?:Boolean|Multiline)?Input\(\s*'([^']+)'/g)) names.add(m[1]!)
  }
  return [...names]
}

test('every step action listed in DESIGN.md exists', () => {
  expect(stepActions.sort()).toEqual(
    ['analyze', 'build-push', 'notify', 'pr-comment', 'rollback', 'smoke-test', 'terraform-deploy'].sort()
  )
})

describe.each(stepActions)('actions/%s/action.yml', action => {
  const meta = load(join('actions', action, 'action.yml'))

  test('has name, description and valid branding', () => {
    expect(meta.name).toMatch(/\S/)
    expect(meta.description).toMatch(/\S/)
    expect(meta.branding?.icon).toMatch(/^[a-z0-9-]+$/)
    expect(BRANDING_COLORS).toContain(meta.branding?.color)
  })

  test('runs its own bundle on node24', () => {
    expect(meta.runs?.using).toBe('node24')
    expect(meta.runs?.main).toBe(`../../dist/${action}/index.js`)
    expect(existsSync(join('src/actions', action, 'index.ts'))).toBe(true)
  })

  test('a post step, if any, runs a bundle that scripts/build.mjs builds, always', () => {
    if (!meta.runs?.post) return
    const bundle = /^\.\.\/\.\.\/dist\/([\w-]+)\/index\.js$/.exec(meta.runs.post)?.[1]
    expect(bundle).toBeDefined()
    expect(readFileSync('scripts/build.mjs', 'utf8')).toContain(`name: '${bundle}'`)
    expect(meta.runs['post-if']).toBe('always()')
  })

  test('describes every input and output', () => {
    for (const [name, input] of Object.entries(meta.inputs ?? {})) {
      expect({ name, description: input.description ?? '' }).toEqual({
        name,
        description: expect.stringMatching(/\S/)
      })
    }
    for (const [name, output] of Object.entries(meta.outputs ?? {})) {
      expect({ name, description: output.description ?? '' }).toEqual({
        name,
        description: expect.stringMatching(/\S/)
      })
    }
  })

  test('declares every input the source reads', () => {
    const declared = Object.keys(meta.inputs ?? {})
    for (const name of inputsReadBySource(action)) expect(declared).toContain(name)
  })
})

describe('composite action.yml', () => {
  const meta = load('action.yml')
  const steps = meta.runs?.steps ?? []

  test('is a composite with branding', () => {
    expect(meta.runs?.using).toBe('composite')
    expect(BRANDING_COLORS).toContain(meta.branding?.color)
  })

  test('never expands ${{ }} inside run: scripts', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{')
  })

  test('pins every used action to a full commit SHA', () => {
    for (const step of steps.filter(s => s.uses)) expect(step.uses).toMatch(/^[^@]+@[0-9a-f]{40}$/)
  })

  test('runs the bundles from $GITHUB_ACTION_PATH, and each bundle it runs has an action', () => {
    const bundles = steps.flatMap(s => [
      ...(s.run ?? '').matchAll(/\$GITHUB_ACTION_PATH\/dist\/([a-z-]+)\/index\.js/g)
    ])
    expect(bundles.length).toBeGreaterThanOrEqual(5)
    for (const m of bundles) expect(stepActions).toContain(m[1])
  })
})
