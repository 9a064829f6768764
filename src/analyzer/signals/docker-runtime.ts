// The runtime version a project pins only in its Dockerfile: `FROM node:22-alpine`, `ARG NODE_VERSION=22.23`
// + `FROM node:${NODE_VERSION}-slim`, `FROM python:3.12.10-slim`, a builder `FROM rust:1.93` or
// `cargo-chef:latest-rust-1.80.1` whose binary is copied into a slim image. The last stage on the language's
// official image names the version the app is built or run with.
import type { Candidate } from '../candidate.js'
import type { Evidence, Language } from '../report.js'
import { RUNTIME_VERSION } from '../precedence.js'
import { clip } from './evidence.js'
import { dockerInstructions } from './dockerfile.js'
import { NODE_CODENAMES } from './node-codenames.js'

const V2 = String.raw`(\d+(?:\.\d+){0,2})`
/** Per language: the image tags that carry its version (capture group 1). */
const IMAGES: Partial<Record<Language, RegExp[]>> = {
  javascript: [
    new RegExp(String.raw`^(?:docker\.io/)?(?:library/)?node:v?${V2}(?![\w.])`),
    // LTS codename tags (`node:krypton-alpine`, `node:lts-iron-slim`): resolved to the major below.
    new RegExp(
      String.raw`^(?:docker\.io/)?(?:library/)?node:(?:lts-)?(${Object.keys(NODE_CODENAMES).join('|')})(?![\w.])`
    )
  ],
  python: [new RegExp(String.raw`^(?:docker\.io/)?(?:library/)?python:${V2}(?![\w.])`)],
  ruby: [new RegExp(String.raw`^(?:docker\.io/)?(?:library/)?ruby:${V2}(?![\w.])`)],
  php: [new RegExp(String.raw`^(?:docker\.io/)?(?:library/)?php:${V2}(?![\w.])`)],
  go: [new RegExp(String.raw`^(?:docker\.io/)?(?:library/)?golang:${V2}(?![\w.])`)],
  rust: [
    new RegExp(String.raw`^(?:docker\.io/)?(?:library/)?rust:${V2}(?![\w.])`),
    new RegExp(String.raw`^(?:docker\.io/)?[\w.-]+/cargo-chef:[\w.]*-rust-${V2}(?![\w.])`)
  ],
  java: [
    new RegExp(
      String.raw`^(?:docker\.io/)?(?:library/)?(?:eclipse-temurin|amazoncorretto|openjdk|sapmachine):(\d+)(?![\w.])`
    ),
    new RegExp(
      String.raw`^(?:docker\.io/)?(?:library/)?(?:maven|gradle):[\w.]*-(?:jdk|temurin|corretto)-?(\d+)(?![\w.])`
    )
  ],
  elixir: [new RegExp(String.raw`^(?:docker\.io/)?(?:library/|hexpm/)?elixir:${V2}(?![\w.])`)],
  csharp: [new RegExp(String.raw`^mcr\.microsoft\.com/dotnet/(?:aspnet|sdk|runtime):(\d+\.\d+)(?![\w.])`)]
}
IMAGES.typescript = IMAGES.javascript
IMAGES.kotlin = IMAGES.java

/**
 * Runtimes other than the language's default one, by the provider that runs the app: a Bun app's version is
 * Bun's (`FROM oven/bun:1.3.2-slim`, `oven/bun:1`), never a node image's.
 */
const RUNTIME_IMAGES: Record<string, RegExp[]> = {
  bun: [new RegExp(String.raw`^(?:docker\.io/)?oven/bun:v?${V2}(?![\w.])`)]
}

/**
 * Per language: a versioned interpreter a stage on a distribution image installs with the system's package
 * manager (`dnf install python3.12`, `apt-get install python3.11-venv`, `apk add nodejs22`), capture group 1.
 * Only read for a stage whose FROM names no language image.
 */
const PACKAGES: Partial<Record<Language, RegExp>> = {
  python: /(?:^|\s)python(3\.\d{1,2})(?:-[\w-]+)?(?=\s|$)/,
  javascript: /(?:^|\s)nodejs-?(\d{2})(?:-[\w-]+)?(?=\s|$)/,
  ruby: /(?:^|\s)ruby-?(\d\.\d)(?:-[\w-]+)?(?=\s|$)/
}
PACKAGES.typescript = PACKAGES.javascript

/** `dnf -y install …`, `apt-get install -y …`, `apk add …`, `yum install …`, `microdnf install …`. */
const INSTALL = /\b(?:(?:micro)?dnf|yum|apt-get|apt|zypper)\b[^;&|]*?\binstall\b|\bapk\b[^;&|]*?\badd\b/

/**
 * Per language: the build ARGs that name its version (`ARG PYTHON_FULL_VERSION=3.13.5`, `ARG NODE_VERSION=22`,
 * `ARG RUBY_VERSION=3.3.6`). A RUN of a stage on a distribution image that uses one (`pyenv install
 * ${PYTHON_VERSION}`, `setup_${NODE_VERSION}.x`, PowerDNS-Admin's `test "$(python3 -c …)" =
 * "${PYTHON_FULL_VERSION}"`) installs or asserts that version.
 */
const VERSION_ARGS: Partial<Record<Language, RegExp>> = {
  python: /\$\{?(PYTHON_(?:FULL_)?VERSION)\b/,
  javascript: /\$\{?(NODE(?:JS)?_(?:FULL_)?VERSION)\b/,
  ruby: /\$\{?(RUBY_(?:FULL_)?VERSION)\b/
}
VERSION_ARGS.typescript = VERSION_ARGS.javascript

/** The language-named version ARG a RUN line uses and its value (`${PYTHON_VERSION}` = `3.12`), or null. */
function versionArgument(
  run: string,
  language: Language,
  args: Map<string, string>
): { name: string; value: string } | null {
  const name = VERSION_ARGS[language]?.exec(run)?.[1]
  const value = name === undefined ? undefined : args.get(name)
  return name !== undefined && value !== undefined && /^\d+(?:\.\d+){0,2}$/.test(value)
    ? { name, value }
    : null
}

/** The interpreter version a RUN line installs from the distribution's packages, or undefined. */
function installedInterpreter(run: string, language: Language): string | undefined {
  const pkg = PACKAGES[language]
  if (!pkg) return undefined
  for (const command of run.split(/&&|;|\|\|/)) {
    const install = INSTALL.exec(command)
    if (!install) continue
    const version = pkg.exec(command.slice(install.index + install[0].length).replace(/\\\n/g, ' '))?.[1]
    if (version) return version
  }
  return undefined
}

/** The repository's own Dockerfile that builds an image, up to a stage (see image-builds.ts). */
export type ImageBuildLookup = (
  image: string
) => { dockerfile: string; text: string; target: string | null; evidence: Evidence } | null

/**
 * The version of the last stage built on the language's image, with the FROM line as evidence. A stage
 * built `FROM` an image the repository builds itself from another Dockerfile (`builtImage`) takes that
 * Dockerfile's version, one step removed (below a direct pin).
 */
export function dockerfileRuntimeVersion(
  path: string,
  text: string,
  language: Language,
  builtImage?: ImageBuildLookup,
  runtime?: string
): Candidate<string> | null {
  const patterns = (runtime !== undefined ? RUNTIME_IMAGES[runtime] : undefined) ?? IMAGES[language]
  if (!patterns) return null
  return stageVersion(path, text, null, patterns, builtImage, 0, language)
}

/** The version of `target` (or of the last stage that has one), following the repository's own images. */
function stageVersion(
  path: string,
  text: string,
  target: string | null,
  patterns: RegExp[],
  builtImage: ImageBuildLookup | undefined,
  depth: number,
  language?: Language
): Candidate<string> | null {
  // ARG values (global ones before the first FROM and stage ones) so `FROM node:${NODE_VERSION}` resolves.
  const args = new Map<string, string>()
  const argLines = new Map<string, Evidence>()
  const expand = (s: string): string =>
    s.replace(
      /\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g,
      (_, b?: string, d?: string, bare?: string) => args.get((b ?? bare)!) ?? d ?? ''
    )
  const stages = new Map<string, Candidate<string> | null>()
  let found: Candidate<string> | null = null
  // The stage being read, while its FROM named no version: a RUN that installs the interpreter may.
  let open: { stage: string | null } | null = null
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'ARG') {
      const m = /^(\w+)=["']?([^"'\s]*)["']?/.exec(ins.args)
      if (m) {
        args.set(m[1]!, m[2]!)
        argLines.set(m[1]!, { file: path, line: ins.line, text: clip(ins.text) })
      }
    }
    if (ins.keyword === 'RUN' && open && language && target === null) {
      const installed = installedInterpreter(ins.args, language)
      const fromArg = installed ? null : versionArgument(ins.args, language, args)
      const version = installed ?? fromArg?.value
      if (version) {
        const name = language === 'python' ? 'python' : language === 'ruby' ? 'ruby' : 'nodejs'
        const line = { file: path, line: ins.line, text: clip(ins.text) }
        const argLine = fromArg ? argLines.get(fromArg.name) : undefined
        const result: Candidate<string> = {
          value: version,
          confidence: RUNTIME_VERSION.distroPackage,
          source: fromArg
            ? `Dockerfile RUN uses ARG ${fromArg.name}=${version} (${name})`
            : `Dockerfile RUN installs ${name}${version}`,
          evidence: argLine ? [argLine, line] : [line]
        }
        if (open.stage) stages.set(open.stage, result)
        found = result
        open = null
      }
    }
    if (ins.keyword !== 'FROM') continue
    const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)
    const image = expand(words[0] ?? '')
    const stage = /^as$/i.test(words[1] ?? '') ? (words[2] ?? '').toLowerCase() : null
    const evidence = { file: path, line: ins.line, text: clip(ins.text) }
    const tag = patterns.map(re => re.exec(image)?.[1]).find(v => v !== undefined)
    const version = tag !== undefined && tag in NODE_CODENAMES ? String(NODE_CODENAMES[tag]) : tag
    let result: Candidate<string> | null = version
      ? {
          value: version,
          confidence: RUNTIME_VERSION.dockerImage,
          source: `Dockerfile FROM ${image}`,
          evidence: [evidence]
        }
      : null
    // `FROM build AS release`: an earlier stage of this file.
    if (!result && stages.has(image.toLowerCase())) result = stages.get(image.toLowerCase()) ?? null
    else if (!result && builtImage && depth < 3) {
      const build = builtImage(image)
      const base = build
        ? stageVersion(build.dockerfile, build.text, build.target, patterns, builtImage, depth + 1)
        : null
      if (build && base)
        result = {
          value: base.value,
          confidence: Math.min(base.confidence, RUNTIME_VERSION.projectBaseImage),
          // The chain's root: the language image the repository's base Dockerfile starts from.
          source: `Dockerfile FROM ${image} (built by ${build.evidence.file} from ${build.dockerfile}, ${base.source.replace(/^.*\(built by [^,]*, /, '').replace(/\)$/, '')})`,
          evidence: [evidence, build.evidence, base.evidence[base.evidence.length - 1]!]
        }
    }
    if (stage) stages.set(stage, result)
    if (result) found = result
    open = result ? null : { stage }
    if (target !== null && stage === target.toLowerCase()) return result
  }
  return target === null ? found : null
}
