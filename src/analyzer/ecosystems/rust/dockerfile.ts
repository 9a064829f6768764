// Rust services: cargo with the registry and target directory as cache mounts (incremental across
// builds), the release binary copied into Debian slim with CA certificates for outbound TLS.
import { pinRuntime, TOOL_IMAGES } from '../../render/base-images.js'
import { hintBoolean, hintString } from '../../render/hints.js'
import {
  addUser,
  dockerfile,
  expose,
  header,
  healthcheck,
  portLines,
  type DockerfileContext,
  type GeneratedDockerfile,
  appInContext,
  lockfileInContext,
  moduleManifestCopies
} from '../../render/dockerfile/common.js'
import { RUST_VERSIONS } from './runtime.js'

export function rustDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(RUST_VERSIONS, app.runtimeVersion.value)
  const image = `rust:${pin.version}-slim-bookworm`
  const hinted = hintString(app, 'binary')
  const bin = hinted && /^[A-Za-z0-9_-]+$/.test(hinted) ? hinted : app.name
  const registry = '--mount=type=cache,target=/usr/local/cargo/registry'
  // A workspace member builds from the workspace root with `-p`; its binary lands in the root target/.
  const member = appInContext(ctx) !== '.'
  const pkgHint = hintString(app, 'cargoPackage')
  const pkg = pkgHint && /^[A-Za-z0-9_-]+$/.test(pkgHint) ? pkgHint : null
  const memberManifests = member ? moduleManifestCopies(ctx) : []
  const workspace = hintBoolean(app, 'cargoWorkspace') === true || (member && memberManifests.length === 0)
  if (member && memberManifests.length === 0)
    ctx.warn(
      'BUILD_MANIFESTS_UNKNOWN',
      `The workspace's Cargo.toml files are unknown, so crates download after the source copy.`
    )
  // Every member needs a target for cargo to read the workspace: stub main.rs and lib.rs until COPY . . .
  const stubDirs = memberManifests
    .map(line => line.split(' ')[1]!)
    .filter(path => path.endsWith('Cargo.toml'))
    .map(path => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'))
  const stubs = [
    ...stubDirs.map(
      dir => `mkdir -p ${dir}/src && echo 'fn main() {}' > ${dir}/src/main.rs && touch ${dir}/src/lib.rs`
    ),
    'cargo fetch --locked',
    // The stubs go again so no empty lib.rs survives next to a binary-only crate's real sources.
    `rm -rf ${stubDirs.map(dir => `${dir}/src`).join(' ')}`
  ]
  // A workspace member's Cargo.lock is the workspace root's, which the member's analysis does not see.
  const locked = member || lockfileInContext(ctx, 'Cargo.lock', 'cargo')
  const lockedFlag = locked ? ' --locked' : ''
  const fetch = member
    ? memberManifests.length > 0
      ? [
          ...memberManifests,
          '# Fetch crates against stub targets so the download layer survives source changes.',
          `RUN ${registry} ${stubs.join(' && ')}`
        ]
      : null
    : workspace
      ? null
      : [
          locked ? 'COPY Cargo.toml Cargo.lock ./' : 'COPY Cargo.toml ./',
          '# Fetch crates against a stub target so the download layer survives source changes.',
          `RUN ${registry} mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch${lockedFlag}`
        ]
  const select = member && pkg ? `-p ${pkg} --bin ${bin}` : `--bin ${bin}`
  const subHint = hintString(app, 'subcommand')
  const sub = subHint && /^[a-z][a-z0-9-]*$/.test(subHint) ? subHint : null
  return {
    generator: 'rust',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `${app.framework.value} on Rust ${pin.version}`, [
        `${image} — ${pin.how}`,
        TOOL_IMAGES.debian
      ]),
      `FROM ${ctx.image(image)} AS build`,
      'WORKDIR /src',
      fetch,
      'COPY . .',
      `RUN ${registry} --mount=type=cache,target=/src/target \\`,
      `    cargo build --release${lockedFlag} ${select} && mkdir -p /out && cp target/release/${bin} /out/server`,
      '',
      `FROM ${ctx.image(TOOL_IMAGES.debian)} AS runtime`,
      'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*',
      addUser(),
      'COPY --from=build /out/server /usr/local/bin/server',
      portLines(ctx),
      'USER app',
      expose(ctx),
      healthcheck('bash', ctx.healthPath, '5s'),
      // A CLI whose server is a required subcommand (`tabby serve`) prints its usage without it.
      `CMD [${['/usr/local/bin/server', ...(sub ? [sub] : [])].map(w => JSON.stringify(w)).join(', ')}]`
    )
  }
}
