// Which source wins a field, as data: one ordered table per field, strongest first. Every candidate a
// provider or a shared signal proposes takes its confidence from a named tier here, so the order of, say,
// port sources is read in one place instead of from offsets spread over the ecosystems. The numbers are
// the confidences the report shows (0.8+ high, 0.5–0.8 medium); the merge (merge.ts) picks the highest,
// compared at two decimals, and on a tie the earlier list wins: shared signals (the project's deployment
// files) before the provider's candidates. `.delightful.yaml` overrides everything at 1.
//
// The ladder below is CONFIDENCE (candidate.ts): declared 0.95 > source 0.85 > convention 0.6 > fallback
// 0.3. A tier between two rungs is written as a rung plus or minus a step, here and nowhere else.
// test/analyzer/precedence.test.ts holds every table in order.
import { CONFIDENCE } from './candidate.js'

const { declared, source, convention, fallback } = CONFIDENCE

/** Deployment files that say a field indirectly (Procfile, fly.toml, render.yaml, compose …), any field. */
export const DEPLOY_FILE = declared - 0.05
/** The same in a development variant (docker-compose.dev.yml). */
export const DEV_DEPLOY_FILE = declared - 0.15

/** port: override > deployment config > what the code listens on > config files > env files > defaults. */
export const PORT = {
  /**
   * The endpoint port an Elixir app's config/runtime.exs computes at boot (`http: [port: …]`, with its
   * literal fallback): what the server binds, where EXPOSE only documents. Variables it reads that a
   * deployment file sets still replace it (Candidate.replacedBy).
   */
  runtimeConfig: declared + 0.02,
  /** Dockerfile EXPOSE, Kubernetes probes, framework config (`server.port`, application.yml). */
  deployConfig: declared,
  /** Deployment files that imply it: Dockerfile ENV PORT and CMD flags, Procfile, fly.toml, render.yaml … */
  deployFile: DEPLOY_FILE,
  /** A port flag in the manifest's start script (`next start -p 4000`). */
  scriptFlag: 0.9,
  /** A literal in the listen call: `listen(3000)`, `serve({ port: 3000 })` (the app ignores $PORT). */
  listenCall: source + 0.05,
  /** A web-server or runtime base image's own port (nginx 80, aspnet 8080) when nothing else says. */
  imageDefault: declared - 0.1,
  /** Read from code: `uvicorn.run(port=8000)`, `app.run(port=5000)`. */
  code: source,
  /** `.env`, `.env.production`. */
  envFile: source,
  /** A compose file for development (docker-compose.dev.yml) publishing the port. */
  devComposeFile: DEV_DEPLOY_FILE,
  /** A port constant or the default after $PORT: `const PORT = 3000`, `process.env.PORT || 3000`. */
  portDefault: source - 0.05,
  /** `.env.local`. */
  localEnvFile: source - 0.05,
  /**
   * ASP.NET Core in a container, by the target framework: 8080 from .NET 8 (ASPNETCORE_HTTP_PORTS), 80 before.
   * Above launchSettings.json, which is a `dotnet run` development profile, not the container's port.
   */
  aspnetContainer: convention + 0.17,
  /** A weaker literal: a Python PORT constant, a Go config-struct default. */
  weakLiteral: source - 0.1,
  /** `.env.example`, `.env.sample`, `.env.template`, `.env.dist`: a documented value, maybe not deployed. */
  sampleEnvFile: source - 0.1,
  /** .NET launchSettings.json applicationUrl (a development profile). */
  launchSettings: convention + 0.15,
  /** A bare `port: 3000` in an object (could be anything's port). */
  portOption: convention + 0.1,
  /** `.env.development`. */
  devEnvFile: source - 0.15,
  /** The framework's documented default port. */
  frameworkDefault: convention,
  /** Python's framework default, just below a start command's own port. */
  pythonFrameworkDefault: convention - 0.02,
  /** The port the ecosystem's container image listens on by default (.NET 8+: 8080). */
  containerDefault: convention - 0.05,
  /** Deno.serve's default 8000 when the code passes no port. */
  runtimeDefault: convention - 0.1,
  /** A server library's default when nothing confirms the library serves the app (no start command). */
  unconfirmedDefault: 0.45,
  /** The ecosystem's convention (3000 for Node) when even the framework is unknown. */
  convention: fallback - 0.05,
  /** Nothing at all: 8080. */
  deplightDefault: 0.2
} as const

/** startCommand: what the deployment runs > the manifest's scripts > the framework's server > entry files. */
export const START = {
  /** Dockerfile CMD / ENTRYPOINT with CMD, a platform file's start command. */
  deployConfig: declared,
  /** Next.js standalone output: `node server.js` beats `next start`, which does not work with it. */
  frameworkOutput: 0.93,
  /** A production script of the manifest (`scripts.serve`, `scripts.start:prod`). */
  productionScript: 0.92,
  /** `scripts.start`, deno.json `tasks.start`. */
  startScript: 0.9,
  /** Procfile `web:`, platform files (render.yaml startCommand …). */
  deployFile: DEPLOY_FILE,
  /** ENTRYPOINT without CMD (a wrapper expecting arguments), a base image's own command. */
  imageDefault: declared - 0.1,
  /** A bundler's build output named by the build config (Nx outputPath/main.js). */
  buildOutput: 0.8,
  /** The framework's server on the project's app (uvicorn main:app, java -jar, mix release, rackup). */
  frameworkServer: convention + 0.1,
  /** The command a hybrid framework's config implies (Astro's node adapter entry). */
  frameworkConfig: convention + 0.05,
  /** An entry file run directly (`node index.js`, `deno run main.ts`). */
  entryFile: 0.55,
  /** A guess: the conventional module or a development start script (`nodemon`). */
  guess: convention - 0.1,
  /** A TypeScript entry run through its compiled path we had to infer. */
  compiledEntry: 0.45
} as const

/** buildCommand: platform files > the manifest's build script > build tool targets > framework steps. */
export const BUILD = {
  /** A build command in a platform file (render.yaml buildCommand, app.yaml …). */
  deployFile: DEPLOY_FILE,
  /** `scripts.build`, deno.json `tasks.build`. */
  manifestScript: 0.9,
  /** A monorepo tool's build target (Nx project.json). */
  buildTarget: 0.85,
  /** The ecosystem's release build (go build, mvn package, cargo build --release, mix release). */
  releaseBuild: convention + 0.1,
  /** A framework step that needs the project's settings (Django collectstatic with STATIC_ROOT). */
  frameworkStep: convention
} as const

/** healthPath: declared probes > routes the code serves > library and framework defaults > guesses. */
export const HEALTH = {
  /** Dockerfile HEALTHCHECK on a health-named path, compose/k8s probes. */
  deployConfig: declared,
  /** Platform files (fly.toml checks, render.yaml healthCheckPath). */
  deployFile: DEPLOY_FILE,
  /** ASP.NET MapHealthChecks("/health"): the framework's own health endpoint, mapped in code. */
  mappedEndpoint: source + 0.05,
  /** A health dependency's endpoint (Spring Actuator, SmallRye Health, Micronaut management). */
  healthDependency: source + 0.01,
  /** A health-named route declared in code. */
  route: source,
  /** A HEALTHCHECK of a path that names no health endpoint: it proves only that the server answers. */
  anyPathProbe: source - 0.05,
  /** The framework's built-in endpoint, a health library's default path. */
  frameworkDefault: convention,
  /**
   * The repository's own probe (Dockerfile HEALTHCHECK, compose healthcheck) of the root URL: the app has
   * no health route and the deployer checks the home page. Below the source fallback's health literals.
   */
  rootProbe: convention - 0.17,
  /**
   * No health route: an anonymous GET the code proves public (security config, `@PermitAll`) that serves
   * the app's version/info. Below any health-named literal the source fallback finds.
   */
  publicInfoRoute: convention - 0.2,
  /**
   * No health route at all: the root GET of an API-only server answers a constant (signals/root-route.ts).
   * The weakest path proposal: any health literal, root probe or info route says more.
   */
  constantRoot: convention - 0.22
} as const

/** runtimeVersion: pin files > manifest pins > shared tool pins > ranges the manifest accepts. */
export const RUNTIME_VERSION = {
  /** A file that exists to pin the runtime: .nvmrc, .python-version, go.mod toolchain, volta, global.json. */
  pinFile: declared,
  /**
   * The ecosystem's manifest pin (Gemfile `ruby`, composer platform.php, .java-version, Pipfile
   * python_version); for Go, .tool-versions (over the go directive).
   */
  manifestPin: declared - 0.01,
  /** .tool-versions / mise; go.mod's go directive; maven-compiler `<release>`. */
  toolVersions: declared - 0.02,
  /** package.json devEngines.runtime (for Bun: `packageManager: bun@1.1`). */
  devEngines: declared - 0.05,
  /**
   * The runtime image the app's Dockerfile builds on (`FROM node:22-alpine`, `ARG NODE_VERSION=22.23`): what
   * actually runs, so it beats a range the manifest accepts, never a file that pins the version.
   */
  dockerImage: declared - 0.08,
  /**
   * The runtime image of a base image the repository builds itself (`FROM acme/app:base` where a script runs
   * `docker build -f docker/base.dockerfile -t acme/app:base`): what runs, one step removed.
   */
  projectBaseImage: declared - 0.09,
  /** The Java toolchain of a Gradle project the module depends on (`implementation(project(":core"))`). */
  moduleDependency: declared - 0.09,
  /**
   * A workspace root's Dockerfile that builds this member among others (`cd apps/web && next start` beside a
   * worker): the image all of them run on, one step removed from the member.
   */
  workspaceImage: declared - 0.09,
  /** A range the manifest accepts: engines.node. */
  engines: source,
  /**
   * A version file (.nvmrc) whose version the manifest's own range excludes (`v14.20` beside engines `16.x ||
   * 18.x`): a leftover no build can honour, below the image and the range that replaced it.
   */
  staleVersionFile: source - 0.04,
  /** The workspace root's engines, pyproject requires-python. */
  inheritedRange: source - 0.05,
  /** A lower bound only (requires-python `>=3.10` without an upper bound). */
  lowerBound: source - 0.06,
  /**
   * An interpreter a Dockerfile installs from distribution packages (`dnf install python3.12`): what runs when
   * nothing else says, but below any manifest range (a later `uv python install` may bring another).
   */
  distroPackage: source - 0.07,
  /** The one Node version the CI workflows set up (setup-node `node-version`) when the project pins none. */
  ciWorkflow: source - 0.09,
  /** The Node a Nix derivation of the app builds and wraps it with (`nodejs = pkgs.nodejs_24`), when nothing pins. */
  nixPackage: source - 0.09,
  /** Cargo rust-version: a minimum supported version, not the one to build with. */
  minimumSupported: source - 0.1
} as const

/** packageManager: the manifest's declaration > its lockfile > what its scripts call. */
export const PACKAGE_MANAGER = {
  /** package.json `packageManager`. */
  declaredField: declared,
  /** A lockfile in the app or its workspace root. */
  lockfile: declared - 0.05,
  /** A lockfile beside another manager's one that still lists package.json's direct dependencies while it does not. */
  staleLockfile: declared - 0.08,
  /** The manager's own config with no lockfile: `.yarnrc.yml` (Yarn 2+), `pnpm-workspace.yaml`. */
  managerConfig: declared - 0.1,
  /** A package manager the scripts invoke (`yarn build`). */
  scriptUse: convention + 0.1,
  /** None needed (static files), as a fact. */
  notNeeded: 0.7,
  /** Built by the project's own Dockerfile: nothing to say. */
  ownDockerfile: 0.5
} as const

/** framework and language: what the manifest proves, per ecosystem. */
export const STACK = {
  /**
   * The server framework of the folder the start command changes into (`cd daemon && bun run start`) when the
   * package's own framework only builds files: what runs outranks what builds.
   */
  startedServer: 0.96,
  /** A framework dependency in the build file (composer.json, Cargo.toml, mix.exs, Gemfile, pom.xml). */
  frameworkDependency: 0.92,
  /** The ecosystem's own marker: tsconfig/package.json, a Go module, a static-site config, deno.json. */
  ecosystemMarker: 0.9,
  /** No framework, as a fact: a plain server (http.createServer in the entry), plain HTML. */
  plainApp: 0.7,
  /** The runtime's own server without a framework (Deno.serve). */
  runtimeOnly: convention,
  /** No framework dependency and no server seen: `none` as a guess. */
  noFramework: 0.4
} as const

/** resources: a size proven by heavy dependencies > the runtime's baseline. */
export const RESOURCES = {
  /** Raised for dependencies known to need memory (torch, puppeteer …), with their evidence. */
  heavyDependency: convention,
  /** The runtime's baseline, raised by the framework's minimum. */
  baseline: 0.5
} as const

/** How much less a source counts when it is one step removed from the app. */
export const DEMOTION = {
  /** A port read outside the main package (Go), or from the workspace root's image (a Cargo member). */
  indirect: 0.05,
  /** APP_PORT, SERVER_PORT … in an env file, where PORT would be the deployed one. */
  otherPortVariable: 0.1,
  /** A listener bound to 127.0.0.1 in code: a port only the container itself reaches. */
  loopbackBind: 0.1
} as const

/** What the merge falls back to when no candidate exists for a field. */
export const NOTHING_FOUND = 0.1
