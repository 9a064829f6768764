import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isArtifactContext } from '../../src/analyzer/artifact-context.js'
import { scan } from '../../src/analyzer/scan.js'
import { DockerignoreMatcher, parseDockerignore } from '../../src/build/dockerignore.js'

const matcher = (text: string) => new DockerignoreMatcher(parseDockerignore(text))
const dir = (name: string) => ({ name, isDirectory: true })
const file = (name: string) => ({ name, isDirectory: false })
const skipped = new Set(['node_modules', '.git'])

describe('isArtifactContext', () => {
  it('is true for an allow-list of release artifacts (Go binaries, prebuilt dist/)', () => {
    const release = matcher('*\n!relay-linux-*\n!LICENSE\n!entrypoint.sh\n')
    expect(
      isArtifactContext(release, [dir('cmd'), dir('internal'), file('go.mod'), file('LICENSE')], skipped)
    ).toBe(true)
    // dist/ is not in the checkout (CI builds it): every folder that is there is left out.
    const prebuilt = matcher('*\n!dist\n')
    expect(isArtifactContext(prebuilt, [dir('src'), dir('.git'), file('package.json')], skipped)).toBe(true)
  })

  it('is false when the context keeps a folder or a root manifest', () => {
    expect(
      isArtifactContext(matcher('*\n!src\n!package.json\n'), [dir('src'), dir('sandbox')], skipped)
    ).toBe(false)
    expect(isArtifactContext(matcher('*\n!apps/api\n'), [dir('apps'), dir('docs')], skipped)).toBe(false)
    // Sources in root files: the folders left out (docs, a sandbox app) stay out of the analysis.
    expect(
      isArtifactContext(
        matcher('*\n!package.json\n!index.js\n'),
        [dir('sandbox'), dir('docs'), file('package.json'), file('index.js')],
        skipped
      )
    ).toBe(false)
    expect(isArtifactContext(matcher('*\n!App.csproj\n'), [dir('tests'), file('App.csproj')], skipped)).toBe(
      false
    )
  })

  it("is true when a folder is kept only for the Dockerfile's support files (Quarkus, a Gradle jar)", () => {
    const quarkus = matcher(
      '*\n!target/*-runner\n!target/*-runner.jar\n!target/lib/*\n!target/quarkus-app/*\n!src/main/docker/include/*\n'
    )
    expect(
      isArtifactContext(quarkus, [dir('src'), dir('.mvn'), file('pom.xml'), file('mvnw')], skipped)
    ).toBe(true)
    const gradleJar = matcher('*\n!build/libs/*.jar\n!docker/entrypoint.sh\n')
    expect(
      isArtifactContext(gradleJar, [dir('src'), dir('docker'), dir('gradle'), file('build.gradle')], skipped)
    ).toBe(true)
  })

  it('is false when a kept path under a folder is source, not Dockerfile support', () => {
    const sources = matcher('*\n!src/main/java\n!src/main/docker/include/*\n')
    expect(isArtifactContext(sources, [dir('src'), file('pom.xml')], skipped)).toBe(false)
    // A `docker` path deeper in another folder is no Dockerfile folder of the root.
    const nested = matcher('*\n!app/docker/x.sh\n')
    expect(isArtifactContext(nested, [dir('app')], skipped)).toBe(false)
  })

  it('is false for a root without folders and for exclusions that are not an allow-list', () => {
    expect(isArtifactContext(matcher('*\n!app\n'), [file('go.mod'), file('main.go')], skipped)).toBe(false)
    expect(
      isArtifactContext(matcher('docs\n*.md\n'), [dir('docs'), dir('src'), file('go.mod')], skipped)
    ).toBe(false)
  })
})

describe('scan with an artifact .dockerignore', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'deplight-artifact-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))
  const write = (rel: string, content = ''): void => {
    mkdirSync(join(root, rel, '..'), { recursive: true })
    writeFileSync(join(root, rel), content)
  }

  it('walks the source folders the release context leaves out', () => {
    write('.dockerignore', '*\n!relay-linux-*\n!entrypoint.sh\n')
    write('go.mod', 'module x\n')
    write('cmd/relay/main.go', 'package main\n')
    write('internal/server/server.go', 'package server\n')
    expect(scan(root).files.map(f => f.path)).toEqual([
      '.dockerignore',
      'cmd/relay/main.go',
      'go.mod',
      'internal/server/server.go'
    ])
  })

  it("walks a Quarkus module's sources past its generated .dockerignore", () => {
    write('.dockerignore', '*\n!target/quarkus-app/*\n!src/main/docker/include/*\n')
    write('pom.xml', '<project/>')
    write('src/main/docker/Dockerfile.jvm', 'FROM x\n')
    write('src/main/docker/include/entrypoint.bash', 'exec $1\n')
    write('src/main/java/io/x/Health.java', 'class Health {}\n')
    expect(scan(root).files.map(f => f.path)).toEqual([
      '.dockerignore',
      'pom.xml',
      'src/main/docker/Dockerfile.jvm',
      'src/main/docker/include/entrypoint.bash',
      'src/main/java/io/x/Health.java'
    ])
  })

  it('still prunes what an allow-list of sources leaves out', () => {
    write('.dockerignore', '*\n!package.json\n!index.js\n')
    write('package.json', '{}')
    write('index.js', '')
    write('sandbox/server.js', '')
    expect(scan(root).files.map(f => f.path)).toEqual(['.dockerignore', 'index.js', 'package.json'])
  })
})
