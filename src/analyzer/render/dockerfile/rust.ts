// Rust services: cargo with the registry and target directory as cache mounts (incremental across
// builds), the release binary copied into Debian slim with CA certificates for outbound TLS.
import { pinRuntime, TOOL_IMAGES } from '../base-images.js'
import { hintBoolean, hintString } from '../hints.js'
import {
  addUser,
  dockerfile,
  expose,
  header,
  healthcheck,
  portLines,
  type DockerfileContext,
  type GeneratedDockerfile
} from './common.js'

export function rustDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime('rust', app.runtimeVersion.value)
  const image = `rust:${pin.version}-slim-bookworm`
  const hinted = hintString(app, 'rustBin', 'binary')
  const bin = hinted && /^[A-Za-z0-9_-]+$/.test(hinted) ? hinted : app.name
  const workspace = hintBoolean(app, 'cargoWorkspace') === true
  const registry = '--mount=type=cache,target=/usr/local/cargo/registry'
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
      workspace
        ? null
        : [
            'COPY Cargo.toml Cargo.lock ./',
            '# Fetch crates against a stub target so the download layer survives source changes.',
            `RUN ${registry} mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch --locked`
          ],
      'COPY . .',
      `RUN ${registry} --mount=type=cache,target=/src/target \\`,
      `    cargo build --release --locked --bin ${bin} && mkdir -p /out && cp target/release/${bin} /out/server`,
      '',
      `FROM ${ctx.image(TOOL_IMAGES.debian)} AS runtime`,
      'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*',
      addUser(),
      'COPY --from=build /out/server /usr/local/bin/server',
      portLines(ctx),
      'USER app',
      expose(ctx),
      healthcheck('bash', ctx.healthPath, '5s'),
      'CMD ["/usr/local/bin/server"]'
    )
  }
}
