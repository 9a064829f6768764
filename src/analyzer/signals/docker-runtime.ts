// The runtime version a project pins only in its Dockerfile: `FROM node:22-alpine`, `ARG NODE_VERSION=22.23`
// + `FROM node:${NODE_VERSION}-slim`, `FROM python:3.12.10-slim`, a builder `FROM rust:1.93` or
// `cargo-chef:latest-rust-1.80.1` whose binary is copied into a slim image. The last stage on the language's
// official image names the version the app is built or run with.
import type { Candidate } from '../candidate.js'
import type { Language } from '../report.js'
import { RUNTIME_VERSION } from '../precedence.js'
import { clip } from './evidence.js'
import { dockerInstructions } from './dockerfile.js'

const V2 = String.raw`(\d+(?:\.\d+){0,2})`
/** Per language: the image tags that carry its version (capture group 1). */
const IMAGES: Partial<Record<Language, RegExp[]>> = {
  javascript: [new RegExp(String.raw`^(?:docker\.io/)?(?:library/)?node:v?${V2}(?![\w.])`)],
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

/** The version of the last stage built on the language's image, with the FROM line as evidence. */
export function dockerfileRuntimeVersion(
  path: string,
  text: string,
  language: Language
): Candidate<string> | null {
  const patterns = IMAGES[language]
  if (!patterns) return null
  // ARG values (global ones before the first FROM and stage ones) so `FROM node:${NODE_VERSION}` resolves.
  const args = new Map<string, string>()
  const expand = (s: string): string =>
    s.replace(
      /\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g,
      (_, b?: string, d?: string, bare?: string) => args.get((b ?? bare)!) ?? d ?? ''
    )
  let found: Candidate<string> | null = null
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'ARG') {
      const m = /^(\w+)=["']?([^"'\s]*)["']?/.exec(ins.args)
      if (m) args.set(m[1]!, m[2]!)
    }
    if (ins.keyword !== 'FROM') continue
    const image = expand(ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)[0] ?? '')
    const version = patterns.map(re => re.exec(image)?.[1]).find(v => v !== undefined)
    if (version)
      found = {
        value: version,
        confidence: RUNTIME_VERSION.dockerImage,
        source: `Dockerfile FROM ${image}`,
        evidence: [{ file: path, line: ins.line, text: clip(ins.text) }]
      }
  }
  return found
}
