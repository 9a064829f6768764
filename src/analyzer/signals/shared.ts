// Cross-cutting signals every provider gets for free: read once per candidate directory by the core and
// merged into every app's fields (providers may also consult them, e.g. to respect a Procfile).
import type { Warning } from '../report.js'
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'
import type { Candidate } from '../providers/types.js'
import { composeFacts, COMPOSE_FILES } from './compose.js'
import { readDockerfile } from './dockerfile.js'
import { DOTENV_FILES, parseDotenv, portFromDotenv, type EnvVar } from './dotenv.js'
import {
  readAppYaml,
  readFlyToml,
  readRailway,
  readAppRunner,
  readRenderYaml,
  type PlatformFacts
} from './platform-files.js'
import { readProcfile } from './procfile.js'

export interface SharedSignals {
  /** Existing Dockerfile for this app (repository-relative), or null. */
  dockerfile: string | null
  port: Candidate<number>[]
  startCommand: Candidate<string>[]
  buildCommand: Candidate<string>[]
  healthPath: Candidate<string>[]
  /** Variables from the app's .env* files (first file in DOTENV_FILES order wins per key). */
  env: Map<string, EnvVar>
  warnings: Warning[]
}

export const DOCKERFILE_NAMES = ['Dockerfile', 'dockerfile', 'Containerfile']

export function emptySignals(): SharedSignals {
  return {
    dockerfile: null,
    port: [],
    startCommand: [],
    buildCommand: [],
    healthPath: [],
    env: new Map(),
    warnings: []
  }
}

export function readSharedSignals(tree: SourceTree, dir: string): SharedSignals {
  const s = emptySignals()
  const dockerfile = DOCKERFILE_NAMES.map(n => joinPath(dir, n)).find(p => tree.has(p))
  if (dockerfile) {
    s.dockerfile = dockerfile
    const text = tree.read(dockerfile)
    if (text !== null) {
      const facts = readDockerfile(dockerfile, text, file => tree.read(file))
      s.port.push(...facts.port)
      s.startCommand.push(...facts.startCommand)
      s.healthPath.push(...facts.healthPath)
    }
  }
  const procfile = joinPath(dir, 'Procfile')
  const procText = tree.read(procfile)
  if (procText !== null) {
    const facts = readProcfile(procfile, procText)
    s.port.push(...facts.port)
    s.startCommand.push(...facts.startCommand)
  }
  for (const [name, confidence] of DOTENV_FILES) {
    const path = joinPath(dir, name)
    const text = tree.read(path)
    if (text === null) continue
    const vars = parseDotenv(path, text)
    for (const [k, v] of vars) if (!s.env.has(k)) s.env.set(k, v)
    const port = portFromDotenv(path, vars, confidence)
    if (port) s.port.push(port)
  }
  const composeFiles = [...new Set([dir, '.'])]
    .flatMap(d => COMPOSE_FILES.map(n => joinPath(d, n)))
    .filter(p => tree.has(p))
  const compose = composeFacts(tree, dir, composeFiles, s.warnings)
  s.port.push(...compose.port)
  s.healthPath.push(...compose.healthPath)
  const platform: PlatformFacts = {
    port: s.port,
    startCommand: s.startCommand,
    buildCommand: s.buildCommand,
    healthPath: s.healthPath
  }
  readFlyToml(tree, dir, platform, s.warnings)
  readRenderYaml(tree, dir, platform, s.warnings)
  readAppYaml(tree, dir, platform, s.warnings)
  readRailway(tree, dir, platform, s.warnings)
  readAppRunner(tree, dir, platform, s.warnings)
  return s
}
