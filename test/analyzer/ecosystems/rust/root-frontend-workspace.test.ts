// A Cargo workspace whose root is also a JS frontend (holdout22, a warp server with a Vite/React package.json
// beside the workspace Cargo.toml): the root Dockerfile builds the server, the frontend and copies both into a
// final image whose command runs the server binary. That member ships, not the frontend the root counts as.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { deployEvidence } from '../../../../src/analyzer/deploy-evidence.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const pkg = (name: string, deps: string): string =>
  `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`

const viteRoot = {
  'package.json': JSON.stringify({
    name: 'pad',
    private: true,
    scripts: { dev: 'vite', build: 'vite build', serve: 'vite preview' },
    dependencies: { react: '^18.3.1', 'react-dom': '^18.3.1' },
    devDependencies: { vite: '^6.0.0', typescript: '^5.0.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}\n',
  'vite.config.ts': 'import { defineConfig } from "vite"\nexport default defineConfig({})\n',
  'index.html': '<div id="root"></div>\n',
  'src/main.tsx': 'import React from "react"\n'
}

const imageOf = (binary: string, cmd: string): string =>
  [
    'FROM rust:alpine AS backend',
    'WORKDIR /src',
    'COPY . .',
    'RUN cargo build --release',
    'FROM node:lts-alpine AS frontend',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci',
    'COPY . .',
    'RUN npm run build',
    'FROM scratch',
    'COPY --from=frontend /app/dist dist',
    `COPY --from=backend /src/target/release/${binary} .`,
    `CMD ${cmd}`,
    ''
  ].join('\n')

/** A warp server and a wasm helper crate under a root Vite frontend. */
const warpPad = (over: Record<string, string> = {}): Record<string, string> => ({
  ...viteRoot,
  'Cargo.toml': '[workspace]\nresolver = "2"\nmembers = ["pad-server", "pad-wasm"]\n',
  'pad-server/Cargo.toml': pkg(
    'pad-server',
    'warp = "0.3"\ntokio = { version = "1", features = ["full"] }\n'
  ),
  'pad-server/src/main.rs': [
    '#[tokio::main]',
    'async fn main() {',
    '    let port = std::env::var("PORT").unwrap_or_else(|_| String::from("3030")).parse().unwrap();',
    '    warp::serve(routes()).run(([0, 0, 0, 0], port)).await;',
    '}',
    ''
  ].join('\n'),
  'pad-wasm/Cargo.toml': `${pkg('pad-wasm', 'wasm-bindgen = "0.2"\n')}\n[lib]\ncrate-type = ["cdylib"]\n`,
  'pad-wasm/src/lib.rs': 'pub fn apply() {}\n',
  Dockerfile: imageOf('pad-server', '[ "./pad-server" ]'),
  ...over
})

/** An axum API under a root React frontend, the binary copied to /usr/local/bin. */
const axumBoard = (over: Record<string, string> = {}): Record<string, string> => ({
  ...viteRoot,
  'Cargo.toml': '[workspace]\nmembers = ["crates/board-api", "crates/board-core"]\n',
  'crates/board-api/Cargo.toml': pkg(
    'board-api',
    'axum = "0.8"\ntokio = { version = "1", features = ["full"] }\n'
  ),
  'crates/board-api/src/main.rs': [
    '#[tokio::main]',
    'async fn main() {',
    '    let app = axum::Router::new();',
    '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8787").await.unwrap();',
    '    axum::serve(listener, app).await.unwrap();',
    '}',
    ''
  ].join('\n'),
  'crates/board-core/Cargo.toml': pkg('board-core', 'serde = "1"\n'),
  'crates/board-core/src/lib.rs': 'pub struct Board;\n',
  Dockerfile: imageOf('board-api', '["board-api"]').replace(
    'COPY --from=backend /src/target/release/board-api .',
    'COPY --from=backend /src/target/release/board-api /usr/local/bin/board-api'
  ),
  ...over
})

describe('a root frontend app over a Cargo workspace whose image runs a member binary', () => {
  it('ships the warp member: framework, port and package manager are the server’s', () => {
    const report = analyze(treeFromFiles(warpPad()))
    expect(report.primary).toBe('pad-server')
    const app = report.apps.find(a => a.appDir === 'pad-server')!
    expect(app.framework.value).toBe('warp')
    expect(app.port.value).toBe(3030)
    expect(app.packageManager.value).toBe('cargo')
  })

  it('ships the axum member whose binary the command runs from /usr/local/bin', () => {
    const evidence = deployEvidence(treeFromFiles(axumBoard()), [
      '.',
      'crates/board-api',
      'crates/board-core'
    ])
    expect(evidence.get('crates/board-api')).toMatchObject({ strength: 2 })
    expect(evidence.get('crates/board-api')?.reason).toMatch(/^Dockerfile:14 runs board-api/)
    expect(evidence.has('.')).toBe(false)
    expect(analyze(treeFromFiles(axumBoard())).primary).toBe('crates/board-api')
  })

  it('negative: an image that serves the frontend (nginx) or runs no member binary keeps the root app', () => {
    const nginx = warpPad({
      Dockerfile: [
        'FROM node:lts-alpine AS frontend',
        'WORKDIR /app',
        'COPY package.json package-lock.json ./',
        'RUN npm ci',
        'COPY . .',
        'RUN npm run build',
        'FROM nginx:alpine',
        'COPY --from=frontend /app/dist /usr/share/nginx/html',
        ''
      ].join('\n')
    })
    expect(deployEvidence(treeFromFiles(nginx), ['.', 'pad-server']).has('pad-server')).toBe(false)
    const node = warpPad({ Dockerfile: imageOf('pad-server', '["npm", "run", "serve"]') })
    expect(deployEvidence(treeFromFiles(node), ['.', 'pad-server']).has('pad-server')).toBe(false)
    expect(deployEvidence(treeFromFiles(node), ['.', 'pad-server']).get('.')).toMatchObject({ strength: 2 })
  })

  it('negative: a workspace root that is an app only by its Cargo.toml is left to the scores', () => {
    const files = warpPad()
    for (const f of Object.keys(viteRoot)) delete files[f]
    const tree = treeFromFiles(files)
    expect(deployEvidence(tree, ['.', 'pad-server', 'pad-wasm']).has('pad-server')).toBe(false)
  })

  it('negative: no Cargo workspace at the root (a plain member crate) notes nothing for the member', () => {
    const plain = warpPad({ 'Cargo.toml': pkg('pad', 'serde = "1"\n') })
    expect(deployEvidence(treeFromFiles(plain), ['.', 'pad-server']).has('pad-server')).toBe(false)
  })
})
