// Multi-module builds (Maven modules, Gradle subprojects, Cargo workspace members, .NET solution
// projects): the provider's `buildRoot` and `buildManifests` hints make the Dockerfile build from the
// build root — every module's build file before the source, only the selected module compiled — and the
// build context the analyze action publishes is that root.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publishArtifacts } from '../../../src/stages/analyze-artifacts.js'
import { renderAppArtifacts } from '../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../src/analyzer/summary.js'
import { analyzeRepository } from '../../../src/pipeline/config-analyze.js'
import { lintDockerfile } from './dockerfile-lint.js'
import { makeReport } from './make-app.js'

const FIXTURES = join(process.cwd(), 'test/fixtures/apps')

function rendered(fixture: string) {
  const { report } = analyzeRepository(join(FIXTURES, fixture))
  const app = primaryApp(report)!
  const artifacts = renderAppArtifacts(app)
  const text = artifacts.dockerfile ?? ''
  return { report, app, artifacts, text }
}

const CASES: { fixture: string; appDir: string; manifests: string[]; build: RegExp; artifact: RegExp }[] = [
  {
    fixture: 'java-spring-maven-multimodule',
    appDir: 'api',
    manifests: ['COPY api/pom.xml api/pom.xml', 'COPY core/pom.xml core/pom.xml', 'COPY pom.xml ./'],
    build: /mvn -B -q -pl api -am package -DskipTests/,
    artifact: /ls api\/target\/\*\.jar/
  },
  {
    fixture: 'java-spring-gradle-multimodule',
    appDir: 'app',
    manifests: ['COPY app/build.gradle app/build.gradle', 'COPY settings.gradle ./'],
    build: /gradle :app:bootJar --no-daemon -x test/,
    artifact: /ls app\/build\/libs\/\*\.jar/
  },
  {
    fixture: 'rust-axum-workspace',
    appDir: 'crates/api',
    manifests: ['COPY Cargo.lock ./', 'COPY crates/domain/Cargo.toml crates/domain/Cargo.toml'],
    build: /cargo build --release --locked -p api --bin api/,
    artifact: /cp target\/release\/api \/out\/server/
  },
  {
    fixture: 'dotnet-sln-kestrel',
    appDir: 'src/Shop.Web',
    manifests: [
      'COPY src/Shop.Domain/Shop.Domain.csproj src/Shop.Domain/Shop.Domain.csproj',
      'COPY src/Shop.Web/Shop.Web.csproj src/Shop.Web/Shop.Web.csproj'
    ],
    build: /dotnet publish src\/Shop\.Web\/Shop\.Web\.csproj -c Release -o \/out --no-restore/,
    artifact: /exec dotnet Shop\.Web\.dll/
  }
]

describe.each(CASES)('$fixture', ({ fixture, appDir, manifests, build, artifact }) => {
  it('builds the selected module from the build root', () => {
    const { app, artifacts, text } = rendered(fixture)
    expect(app.appDir).toBe(appDir)
    expect(app.hints.buildRoot).toBe('.')
    expect(artifacts.buildContext).toBe('.')
    expect(artifacts.dockerfilePath).toBe(`${appDir}/Dockerfile`)
    expect(artifacts.warnings.map(w => w.code)).not.toContain('BUILD_MANIFESTS_UNKNOWN')
    for (const line of manifests) expect(text.split('\n')).toContain(line)
    expect(text).toMatch(build)
    expect(text).toMatch(artifact)
    // Module build files come before the source, the dependency step before the source copy.
    expect(text.indexOf(manifests[0]!)).toBeLessThan(text.indexOf('COPY . .'))
  })

  it('keeps the Dockerfile rules', () => {
    const { app, text } = rendered(fixture)
    expect(
      lintDockerfile(text, { port: app.port.value, healthPath: app.healthPath.value, installCache: true })
    ).toEqual([])
  })

  it('the analyze action publishes the build root as the context', () => {
    const { app } = rendered(fixture)
    const root = join(FIXTURES, fixture)
    const out = mkdtempSync(join(tmpdir(), 'dl-module-'))
    const outputs: Record<string, string> = {}
    try {
      publishArtifacts(
        { root, report: makeReport([app]), app, baseImageRegistry: null, outputDir: out },
        {
          setOutput: (name, value) => void (outputs[name] = value),
          warning: () => undefined,
          info: () => undefined
        }
      )
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
    expect(outputs.context).toBe(root)
  })
})

it('a module without build-file hints still builds from the root, with a warning', () => {
  const { app } = rendered('java-spring-maven-multimodule')
  const hints = { ...app.hints }
  delete hints.buildManifests
  const artifacts = renderAppArtifacts({ ...app, hints })
  expect(artifacts.buildContext).toBe('.')
  expect(artifacts.warnings.map(w => w.code)).toContain('BUILD_MANIFESTS_UNKNOWN')
})
