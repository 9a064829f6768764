// A major-only image tag (`FROM rust:1`) yields to a declared version of the same major (holdout14 microbin).
import { primaryApp } from '../../support/analyzed-app.js'
import { refineMajorOnlyImage } from '../../../src/analyzer/signals/major-only-image.js'

function runtime(files: Record<string, string>) {
  const app = primaryApp(files)
  return app.runtimeVersion
}

const cargo = (msrv: string) =>
  `[package]\nname = "paste"\nversion = "0.1.0"\nrust-version = "${msrv}"\n\n[dependencies]\nactix-web = "4"\n`
const main =
  'use actix_web::{App, HttpServer};\nfn main() { HttpServer::new(|| App::new()).bind(("0.0.0.0", 8080)); }\n'

describe('a major-only runtime image and a declared version', () => {
  test('Rust: FROM rust:1 + rust-version 1.88.0 gives 1.88.0, with both lines as evidence', () => {
    const r = runtime({
      'Cargo.toml': cargo('1.88.0'),
      'src/main.rs': main,
      Dockerfile:
        'FROM rust:1 AS build\nCOPY . .\nRUN cargo build --release\nCMD ["./target/release/paste"]\n'
    })
    expect(r.value).toBe('1.88.0')
    expect(r.evidence.map(e => e.file).sort()).toEqual(['Cargo.toml', 'Dockerfile'])
  })

  test('Rust (second app): ARG RUST_VERSION=1 + FROM rust:${RUST_VERSION}-slim + rust-version 1.75 gives 1.75', () => {
    const r = runtime({
      'Cargo.toml': cargo('1.75'),
      'src/main.rs': main,
      Dockerfile:
        'ARG RUST_VERSION=1\nFROM rust:${RUST_VERSION}-slim\nCOPY . .\nRUN cargo build --release\nCMD ["./target/release/paste"]\n'
    })
    expect(r.value).toBe('1.75')
  })

  // A precise tag older than the declared minimum cannot build the crate (cargo refuses a toolchain below
  // rust-version): ecosystems/rust/cli-in-modules.test.ts covers it; a newer precise tag is the image's own choice.
  test('negative: a precise image tag stands (FROM rust:1.90 over rust-version 1.88.0)', () => {
    const r = runtime({
      'Cargo.toml': cargo('1.88.0'),
      'src/main.rs': main,
      Dockerfile: 'FROM rust:1.90\nCOPY . .\nRUN cargo build --release\nCMD ["./target/release/paste"]\n'
    })
    expect(r.value).toBe('1.90')
  })

  test('negative: a declared version of another major does not refine the image', () => {
    const image = { value: '20', confidence: 0.87, source: 'Dockerfile node:20', evidence: [] }
    const other = { value: '22.11.0', confidence: 0.8, source: 'engines', evidence: [] }
    const range = { value: '>=20.3', confidence: 0.8, source: 'engines', evidence: [] }
    expect(refineMajorOnlyImage(image, [other, range])).toBe(image)
    expect(refineMajorOnlyImage(image, undefined)).toBe(image)
    const same = { value: '20.11', confidence: 0.8, source: 'engines', evidence: [] }
    expect(refineMajorOnlyImage(image, [same])).toMatchObject({ value: '20.11', confidence: 0.87 })
  })
})
