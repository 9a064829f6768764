// Hints: facts a provider hands to the Dockerfile generator that are not user-facing fields (entry
// module, output folder, workspace root …). Part of the report (`AppAnalysis.hints`), so every key is
// documented here, with the one name providers write and generators read. All optional: each generator
// has a safe default, and render/hints.ts ignores a value of the wrong type (reports are JSON).
// Paths are relative to the app directory unless noted, and must be plain relative paths.

export interface Hints {
  // ── every ecosystem ──
  /** Service name from the manifest; the core turns it into `AppAnalysis.name` and drops the hint. */
  name?: string
  /** Forces a generator by id (`bun`, `deno`, `static` …); `node` forces nothing (JavaScript's default). */
  ecosystem?: string
  /** Entry file or module when there is no start command (node, python, bun, deno; may be repo-relative). */
  entry?: string
  /** `NAME=value` pairs added to the image's runtime ENV (`PHX_SERVER=true`; PORT stays the generator's). */
  env?: string[]
  /** Lockfile name (else the package manager's evidence; none → unfrozen install + NO_LOCKFILE). */
  lockfile?: string
  /**
   * The JavaScript runtime that plans the app (`deno`); `node` for a Node app installed with bun (bun.lock,
   * engines.node): the bun generator does not take it over, the node image installs bun to run the install.
   */
  runtime?: string
  /** Root of a multi-module build (repository-relative): Maven reactor, Gradle, Cargo or .NET solution. */
  buildRoot?: string
  /** Every module's build file, relative to `buildRoot`, copied before the source. */
  buildManifests?: string[]

  // ── JavaScript: node, bun, static ──
  /** Body of `scripts.start`: a plain `node …` runs directly instead of through npm. */
  startScript?: string
  /** Body of `scripts.prestart`: npm runs it before `start`, so the image keeps `npm start`. */
  preStartScript?: string
  /**
   * Where the start entry writes into a file or folder the repository commits (`server.js:66 writes static`;
   * start-writes-own-files.ts): the image copies the sources owned by the node user.
   */
  startWritesOwnFiles?: string
  /**
   * The app's writable data folders (writable-folders.ts), each `folder evidence`: an embedded database's
   * folder (`config data-source.ts:6 opens ./config/reiverr.sqlite`) or a committed placeholder-only folder
   * (`uploads uploads/.gitkeep`). The runtime stage makes the node user own them.
   */
  writableFolders?: string[]
  /**
   * `scripts.build` migrates a database (build-migrations.ts): `[the migration, the script chain that runs it,
   * a sibling build script without it or '-', the variables the build sets that the sibling does not or '-']`
   * (cusdis: `['prisma migrate deploy', 'build → db:deploy', 'build:without-migrate', 'DB_TYPE=pgsql']`). The
   * image builds with the sibling and those variables; the generator warns either way.
   */
  buildMigration?: string[]
  /** `scripts.start` without the build steps it begins with (`npm run build && node dist/server.js` → `node dist/server.js`). */
  startAfterBuild?: string
  /** The app's own lifecycle scripts that read its files during the install (`postinstall: webpack …`): the image copies the sources before installing. */
  installScriptsReadSources?: string[]
  /** From `packageManager: yarn@4.5.0` (or `.yarnrc.yml` yarnPath's release); Yarn ≥ 2 switches to Berry commands. */
  packageManagerVersion?: string
  /** Yarn 2+ configured (`.yarnrc.yml`, `.pnp.cjs`) while no lockfile or version names the release. */
  yarnBerry?: boolean
  /**
   * Files the install reads besides package.json and the lockfile (`.npmrc` without credentials, the
   * `.yarnrc.yml` release and plugins, pnpm patches, `.pnpmfile.cjs`), relative to the lockfile's folder.
   */
  installFiles?: string[]
  /**
   * Build-output folders (`dist`, `build`, `out`) at a possible build context's root that the repository's
   * .gitignore does not ignore (repository-relative): committed or possibly so, kept in the image's context.
   */
  gitKeptOutputFolders?: string[]
  /**
   * Committed key/certificate files (repository-relative) the start entry names: kept in the build context
   * although the generated .dockerignore excludes key files (start-key-files.ts).
   */
  startKeyFiles?: string[]
  /** A committed `.env` the start entry loads with dotenv (start-key-files.ts): kept in the build context. */
  startDotenv?: string
  /** Workspace root (repository-relative): the build context of a member. */
  workspaceRoot?: string
  /** Tool that declared the workspace: `npm-workspaces`, `pnpm-workspace`, `nx` … */
  workspaceKind?: string
  /**
   * Every member's package.json, relative to the workspace root, copied before the install (also for an app
   * at the workspace root itself).
   */
  workspaceManifests?: string[]
  /** The member's package name, for the filtered install. */
  workspacePackage?: string
  /** Workspace packages the member depends on, transitively, dependencies first (workspace-relative). */
  workspaceDependencies?: string[]
  /**
   * The workspace root's package.json lists production `dependencies`: members resolve them from the root
   * node_modules, so the member's production install must include the root's.
   */
  workspaceRootDependencies?: boolean
  /**
   * Local path dependencies (`file:../shared`, `link:../lib`) outside the app folder of an app that is no
   * workspace member, transitively, each after its own (repository-relative folders): installed and built
   * before the app, and copied into the runtime image (node_modules links to them).
   */
  localDependencies?: string[]
  /** The folder holding the app and every `localDependencies` folder (repository-relative): the build context. */
  localDependencyRoot?: string
  /** The `localDependencies` folders whose package.json has a `build` script. */
  localDependencyBuilds?: string[]
  /** The `localDependencies` folders that declare dependencies of their own (installed in their folder). */
  localDependencyInstalls?: string[]
  /** Lockfiles inside `localDependencies` folders (repository-relative). */
  localDependencyLockfiles?: string[]
  /** The lockfile's format version (`6.0` pnpm, `8` Yarn Berry, `classic` Yarn 1, `3` npm). */
  lockfileVersion?: string
  /** The package-manager major that reads that format (`8` for pnpm lockfileVersion 6.0), as a string. */
  lockfileManagerMajor?: string
  /** Where the lockfile version came from (`pnpm-lock.yaml: lockfileVersion '6.0'`), for warnings. */
  lockfileEvidence?: string
  /** Prisma schema (app-relative) the build stage runs `prisma generate` on: no project script does. */
  prismaSchema?: string
  /**
   * The folder (app-relative) the build compiles the server into and the start command runs in (Medusa 2's
   * `.medusa/server`): the framework's `builtServerDir` when the build script matches it.
   */
  builtServerDir?: string
  /** @prisma/client is a runtime dependency: its query engine loads libssl, which node's slim images lack. */
  prismaClient?: string
  /**
   * `NAME=value file:line` per t3-env module whose `skipValidation` that variable decides: set in the build
   * stage only, so the build does not validate runtime secrets (env-validation.ts).
   */
  envValidationSkip?: string[]
  /** Packages the start command runs that are only devDependencies (`tsx`, `ts-node`): kept at runtime. */
  startDevTools?: string[]
  /**
   * Why the runtime keeps `*.map` files (`next.config.mjs: productionBrowserSourceMaps: true`, a start
   * command with `--enable-source-maps`); absent, a Next.js image without standalone output drops them.
   */
  sourceMaps?: string
  /** Nx project name. */
  nxProject?: string
  /** Nx build output folder (`targets.build.options.outputPath`). */
  outputPath?: string
  /** next.config `output`: `standalone` (a server.js image) or `export` (static files). */
  nextOutput?: string
  /** The build produces static files (Astro static, `next export`, SvelteKit static). */
  static?: boolean
  /** Client-side routing: unknown paths fall back to index.html (default by framework). */
  spa?: boolean
  /** Build output folder (`dist`, CRA `build`, Gatsby `public` …) or the folder served as is. */
  outputDir?: string

  /** Dependencies that may compile with node-gyp (native-addons.ts): the install stages get a compiler. */
  nativeAddons?: string[]
  /**
   * The newest Node LTS line the lockfile's nan builds native addons on, when nothing pins Node and that nan
   * is too old for the default line (`18 nan 2.16.0 pnpm-lock.yaml:3374`; nan-node-line.ts): the generated
   * image runs that line.
   */
  nanNodeLine?: string
  /**
   * An npm lockfile npm 11 refuses (an optional dependency left out; nan-node-line.ts), when nothing pins
   * Node: `backend/package-lock.json lacks fsevents (optional dependency of node_modules/chokidar)`. The image
   * runs Node 22, whose npm 10 installs it.
   */
  npm10Lockfile?: string
  /**
   * The npm major that can install the npm lockfile (nan-node-line.ts), then why: `10 <lockfile> lacks
   * fsevents (…), which npm 11 refuses`, `11 <lockfile>: chokidar@^3.3.0 (optional peer of …) resolves to
   * 4.0.3, which npm 10 refuses`, or `none …` when the lockfile has both gaps. The generator installs that npm
   * when the image's Node line ships the other one.
   */
  npmLockfileMajor?: string
  /**
   * A single-page app built beside the server into a folder the server serves but the repository lacks
   * (served-client-build.ts): `[client folder, its build output, served folder, client lockfile or '',
   * serving call file:line]`, folders relative to the app (`['client', 'client/build', 'public',
   * 'package-lock.json', 'api.js:8']`). The image builds the client in a stage and copies its output there.
   */
  servedClientBuild?: string[]
  /**
   * A package.json in a subfolder for the app in the folder above (relocated-manifest.ts): `[that folder,
   * the start entry found there]` (NodeBB: `['.', 'loader.js']` for install/package.json). The image builds
   * from that folder with the manifest copied in.
   */
  relocatedManifest?: string[]
  /**
   * Lifecycle scripts that run a devDependency-only program (`dir:script:program`, dir relative to the
   * lockfile's folder; lifecycle-scripts.ts): the production install drops them from its package.json.
   */
  devLifecycleScripts?: string[]

  // ── Python ──
  /** Folder the app's modules import from (`--app-dir` / `--chdir`). */
  importRoot?: string
  /** Packages the start command needs beyond the manifest (`gunicorn`). */
  pythonExtraPackages?: string[]
  /** pip requirements file (else `requirements*.txt` in the evidence). */
  requirementsFile?: string
  /** `mysite.wsgi`, for the default gunicorn command. */
  wsgiModule?: string
  /** `main:app`, for the default uvicorn command. */
  asgiApp?: string
  djangoSettingsModule?: string
  /** manage.py path (default `manage.py`). */
  djangoManagePy?: string
  /** False skips `collectstatic` (settings without STATIC_ROOT). */
  djangoStaticRoot?: boolean
  /**
   * pyproject.toml is no package (no [build-system]; virtual-project.ts): the image installs its
   * [project] dependencies, not the project.
   */
  pythonVirtualProject?: boolean
  /** Install build-essential in the build stage (C extensions). */
  nativeBuild?: boolean
  /**
   * Folders (repository paths ending in `/`) of helper servers beside a Django project (side-servers.ts):
   * their routes are no health path of the app. Read by the analyzer only, never reported.
   */
  sideServerRoots?: string[]

  // ── Go ──
  /** Main package directory (default `.`). */
  package?: string
  /** Binary name. */
  binary?: string
  /** The subcommand that starts the server (`serve` of a cobra/urfave CLI): the image runs the binary with it. */
  subcommand?: string
  /** Other main packages of the module (commands not deployed). */
  otherMains?: string[]
  /** vendor/modules.txt is committed: build with the vendored modules. */
  vendored?: boolean

  // ── JVM ──
  /** The runnable jar the build writes (informational: the generator finds the module's jar). */
  artifact?: string
  /** < 3.3 uses layertools extraction and JarLauncher. */
  springBootVersion?: string
  /**
   * Gradle's `application` plugin without a runnable jar: `installDist` writes `build/install/<name>/` (lib/
   * with the dependencies, bin/<name> the launcher), which the image copies and runs.
   */
  gradleDistribution?: string

  // ── Ruby ──
  bundlerVersion?: string
  /** `postgresql`, `mysql2`, `sqlite3`: client libraries for the image. */
  databaseAdapter?: string
  /** False skips bootsnap precompile. */
  bootsnap?: boolean
  /** False skips assets:precompile. */
  railsAssets?: boolean

  // ── PHP ──
  /** Document root (default `public`). */
  webRoot?: string
  /** Extensions for `install-php-extensions`. */
  phpExtensions?: string[]

  // ── Rust ──
  /** Package of a workspace member (`cargo build -p`). */
  cargoPackage?: string
  /** Member of a Cargo workspace: skip the manifest-first fetch. */
  cargoWorkspace?: boolean

  // ── .NET ──
  /** Project file to restore and publish. */
  project?: string
  /** Assembly name. */
  assembly?: string
  dotnetSdk?: string

  // ── Elixir ──
  /** Release name. */
  release?: string
  erlangVersion?: string
  /** False skips `mix assets.deploy`. */
  phoenixAssets?: boolean
}

/** Keys of Hints whose value is of type `T`. */
export type HintKey<T> = { [K in keyof Hints]-?: NonNullable<Hints[K]> extends T ? K : never }[keyof Hints]
