// Builds the Dockerfile deplight generates for each example app with the real Docker engine and BuildKit
// (stand-in base images, see support/standins.ts), runs the container with a free PORT on the host
// network and checks the HTTP answer. Node apps install real packages from the npm registry.
import { dockerAvailable, startDocker, type DockerEngine } from '../support/index.js'
import { lintDockerfile } from '../analyzer/render/dockerfile-lint.js'
import { hintList } from '../../src/analyzer/render/hints.js'
import {
  buildImage,
  ensureBases,
  EXAMPLES,
  filesMatching,
  imageSizeBytes,
  prepareExample,
  presentPaths,
  runAndProbe
} from './support/generated-images.js'
import { standinKind, standinMissing } from './support/standins.js'

const unavailable = dockerAvailable()

;(unavailable ? describe.skip : describe)('generated Dockerfiles build and serve (real engine)', () => {
  let engine: DockerEngine
  beforeAll(async () => {
    engine = await startDocker()
  }, 30_000)
  afterAll(async () => {
    await engine?.stop()
  })

  for (const example of EXAMPLES) {
    it(`${example.name}: builds, starts with -e PORT and answers ${example.probe.path}`, async () => {
      const prepared = prepareExample(example)
      try {
        const missing = [...new Set(prepared.dockerfile.match(/^FROM \S+/gm) ?? [])]
          .map(line => line.slice(5))
          .filter(image => image.startsWith('standin.local/'))
          .map(image => standinMissing(standinKind(image)))
          .find(Boolean)
        if (missing) throw new Error(`cannot build a stand-in base: ${missing}`)
        // The generated file keeps every promise the unit lint checks, for the real analysis too.
        expect(
          lintDockerfile(prepared.dockerfile, {
            port: prepared.app.port.value,
            healthPath: prepared.app.healthPath.value,
            installCache: !['python-stdlib', 'static-site'].includes(example.name),
            settingsFiles: hintList(prepared.app, 'installFiles')
          })
        ).toEqual([])
        if (example.warning) {
          const warned = prepared.warnings.find(w => w.code === example.warning?.code)
          expect(warned?.message).toBeDefined()
          for (const piece of example.warning.mentions) expect(warned?.message).toContain(piece)
        }
        await ensureBases(engine, prepared.dockerfile)
        const tag = `deplight-e2e/${example.name}:test`
        const buildMs = await buildImage(engine, prepared.context, tag, prepared.dockerfilePath)
        const answer = await runAndProbe(engine, tag, example.probe.path)
        expect(answer.status).toBe(200)
        expect(answer.body).toContain(example.probe.body)
        if (example.absent) expect(await presentPaths(engine, tag, example.absent)).toEqual([])
        if (example.noFiles)
          expect(await filesMatching(engine, tag, example.noFiles.dirs, example.noFiles.name)).toEqual([])
        const size = await imageSizeBytes(engine, tag)
        console.log(
          `${example.name}: ${prepared.app.appDir}, build ${(buildMs / 1000).toFixed(1)} s, ` +
            `image ${(size / 1e6).toFixed(1)} MB, ready ${(answer.readyMs / 1000).toFixed(1)} s`
        )
      } finally {
        prepared.cleanup()
      }
    }, 300_000)
  }
})
