// Node.js frameworks as data. `kind: 'hybrid'` frameworks are refined by config (Next `output`, Astro
// `output` + adapter, SvelteKit adapter) in the node provider.
// Data only (over 300 lines because there are that many frameworks): one entry per framework.
import type { FrameworkSpec } from '../../framework.js'
import {
  refineAstro,
  refineNext,
  refineNuxt,
  refineReactRouter,
  refineSvelteKit,
  type HybridRefiner
} from './hybrid.js'
import { refineRemix } from './remix-package.js'

export interface NodeFrameworkSpec extends FrameworkSpec {
  /** For `kind: 'hybrid'`: reads the project's config to settle whether it builds a server or files. */
  refine?: HybridRefiner
  /** The variable naming the interface the server binds (default HOST; Next.js reads HOSTNAME). */
  hostVariable?: string
  /** HEALTHCHECK start period of the image (default 20s): frameworks that boot slowly need longer. */
  healthStartPeriod?: string
  /** A build cache folder (relative to the app) mounted during the build, so rebuilds are incremental. */
  buildCache?: string
  /**
   * What the runtime image carries instead of the app and its node_modules: Next.js' standalone server
   * (when next.config sets it; without it, NEXT_NOT_STANDALONE), or Nitro's self-contained `.output`.
   */
  runtimeLayout?: 'next-standalone' | 'nitro'
  /** The server writes into its own folder at run time (Next.js image cache): the app is the user's. */
  writesAppDir?: boolean
  /**
   * A build script matching `script` compiles the server, its config included, into `dir` (relative to the
   * app), where the start command must run: Medusa 2's `medusa build` writes `.medusa/server` with
   * medusa-config.js, and `medusa start` elsewhere cannot load the TypeScript config.
   */
  builtServerDir?: { dir: string; script: RegExp }
}

const configs = (base: string): string[] => ['js', 'mjs', 'cjs', 'ts', 'mts'].map(ext => `${base}.${ext}`)

export const NODE_FRAMEWORKS: NodeFrameworkSpec[] = [
  {
    id: 'nextjs',
    name: 'Next.js',
    dependencies: ['next'],
    markerFiles: configs('next.config'),
    specificity: 1,
    devDependencyOk: true,
    kind: 'hybrid',
    port: 3000,
    startCommand: 'next start',
    buildCommand: 'next build',
    outputDir: '.next',
    resources: { cpu: 512, memory: 1024 },
    refine: refineNext,
    env: ['NEXT_TELEMETRY_DISABLED=1'],
    hostVariable: 'HOSTNAME',
    healthStartPeriod: '30s',
    buildCache: '.next/cache',
    runtimeLayout: 'next-standalone',
    writesAppDir: true
  },
  {
    id: 'nuxt',
    name: 'Nuxt',
    dependencies: ['nuxt', 'nuxt3'],
    markerFiles: configs('nuxt.config'),
    specificity: 1,
    devDependencyOk: true,
    kind: 'hybrid',
    port: 3000,
    startCommand: 'node .output/server/index.mjs',
    buildCommand: 'nuxt build',
    outputDir: '.output/public',
    refine: refineNuxt,
    runtimeLayout: 'nitro'
  },
  {
    id: 'remix',
    name: 'Remix',
    dependencies: [
      '@remix-run/node',
      '@remix-run/serve',
      '@remix-run/express',
      '@remix-run/dev',
      '@remix-run/react',
      // Remix 3's single package (refineRemix drops the remix-serve defaults for it)
      'remix'
    ],
    markerFiles: configs('remix.config'),
    specificity: 1,
    devDependencyOk: true,
    kind: 'server',
    port: 3000,
    startCommand: 'remix-serve ./build/index.js',
    buildCommand: 'remix build',
    refine: refineRemix
  },
  {
    id: 'react-router',
    name: 'React Router (framework mode)',
    dependencies: ['@react-router/node', '@react-router/serve', '@react-router/dev'],
    markerFiles: configs('react-router.config'),
    specificity: 1.02,
    devDependencyOk: true,
    kind: 'hybrid',
    port: 3000,
    startCommand: 'react-router-serve ./build/server/index.js',
    buildCommand: 'react-router build',
    outputDir: 'build/client',
    refine: refineReactRouter
  },
  {
    id: 'sveltekit',
    name: 'SvelteKit',
    dependencies: ['@sveltejs/kit'],
    markerFiles: configs('svelte.config'),
    specificity: 1,
    devDependencyOk: true,
    kind: 'hybrid',
    port: 3000,
    startCommand: 'node build',
    buildCommand: 'vite build',
    outputDir: 'build',
    refine: refineSvelteKit
  },
  {
    id: 'astro',
    name: 'Astro',
    dependencies: ['astro'],
    markerFiles: configs('astro.config'),
    specificity: 1,
    devDependencyOk: true,
    kind: 'hybrid',
    port: 4321,
    startCommand: 'node ./dist/server/entry.mjs',
    buildCommand: 'astro build',
    outputDir: 'dist',
    refine: refineAstro
  },
  {
    id: 'nestjs',
    name: 'NestJS',
    dependencies: ['@nestjs/core'],
    markerFiles: ['nest-cli.json'],
    specificity: 1,
    kind: 'server',
    port: 3000,
    startCommand: 'node dist/main',
    buildCommand: 'nest build',
    healthStartPeriod: '30s'
  },
  { id: 'express', name: 'Express', dependencies: ['express'], specificity: 0.9, kind: 'server', port: 3000 },
  {
    id: 'fastify',
    name: 'Fastify',
    dependencies: ['fastify'],
    specificity: 0.92,
    kind: 'server',
    port: 3000,
    // `fastify start` (fastify-cli) listens on localhost unless told otherwise; it detects only Docker's own
    // runtime (/.dockerenv), not Fargate's, so the image says so. An app's own listen() ignores the variable.
    env: ['FASTIFY_ADDRESS=0.0.0.0']
  },
  { id: 'koa', name: 'Koa', dependencies: ['koa'], specificity: 0.92, kind: 'server', port: 3000 },
  { id: 'hono', name: 'Hono', dependencies: ['hono'], specificity: 0.93, kind: 'server', port: 3000 },
  { id: 'elysia', name: 'Elysia', dependencies: ['elysia'], specificity: 0.95, kind: 'server', port: 3000 },
  {
    id: 'hapi',
    name: 'hapi',
    dependencies: ['@hapi/hapi', 'hapi'],
    specificity: 0.92,
    kind: 'server',
    port: 3000
  },
  {
    id: 'adonisjs',
    name: 'AdonisJS',
    dependencies: ['@adonisjs/core'],
    markerFiles: ['adonisrc.ts', '.adonisrc.json'],
    specificity: 1,
    kind: 'server',
    port: 3333,
    startCommand: 'node build/bin/server.js',
    buildCommand: 'node ace build'
  },
  {
    id: 'sails',
    name: 'Sails',
    dependencies: ['sails'],
    markerFiles: ['.sailsrc'],
    specificity: 0.95,
    kind: 'server',
    port: 1337,
    startCommand: 'node app.js'
  },
  {
    id: 'strapi',
    name: 'Strapi',
    dependencies: ['@strapi/strapi'],
    specificity: 1,
    kind: 'server',
    port: 1337,
    startCommand: 'strapi start',
    buildCommand: 'strapi build',
    // Strapi's server registers `router.all('/_health', healthCheck)` (204, no auth, outside the API prefix).
    healthPath: '/_health',
    resources: { cpu: 512, memory: 2048 }
  },
  {
    // Medusa (v1 and v2): `medusa start` serves the store and admin APIs on 9000 unless PORT says otherwise,
    // and registers `app.get('/health')` (200 OK) itself (packages/medusa/src/commands/start.ts).
    id: 'medusa',
    name: 'Medusa',
    dependencies: ['@medusajs/medusa'],
    markerFiles: configs('medusa-config'),
    specificity: 1,
    kind: 'server',
    port: 9000,
    startCommand: 'medusa start',
    buildCommand: 'medusa build',
    builtServerDir: { dir: '.medusa/server', script: /\bmedusa build\b/ },
    healthPath: '/health',
    resources: { cpu: 512, memory: 2048 }
  },
  {
    id: 'angular',
    name: 'Angular',
    dependencies: ['@angular/core'],
    markerFiles: ['angular.json'],
    specificity: 0.6,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'ng build',
    outputDir: 'dist'
  },
  {
    id: 'gatsby',
    name: 'Gatsby',
    dependencies: ['gatsby'],
    markerFiles: configs('gatsby-config'),
    specificity: 0.9,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'gatsby build',
    outputDir: 'public'
  },
  {
    id: 'docusaurus',
    name: 'Docusaurus',
    dependencies: ['@docusaurus/core'],
    markerFiles: configs('docusaurus.config'),
    specificity: 0.9,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'docusaurus build',
    outputDir: 'build'
  },
  {
    id: 'eleventy',
    name: 'Eleventy',
    dependencies: ['@11ty/eleventy'],
    markerFiles: ['.eleventy.js', 'eleventy.config.js', 'eleventy.config.mjs'],
    specificity: 0.9,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'eleventy',
    outputDir: '_site'
  },
  {
    id: 'vuepress',
    name: 'VuePress',
    dependencies: ['vuepress'],
    specificity: 0.85,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'vuepress build',
    outputDir: 'dist'
  },
  {
    id: 'vitepress',
    name: 'VitePress',
    dependencies: ['vitepress'],
    specificity: 0.85,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'vitepress build',
    outputDir: '.vitepress/dist'
  },
  {
    id: 'create-react-app',
    name: 'Create React App',
    dependencies: ['react-scripts'],
    specificity: 0.6,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'react-scripts build',
    outputDir: 'build'
  },
  {
    id: 'vue-cli',
    name: 'Vue CLI',
    dependencies: ['@vue/cli-service'],
    specificity: 0.6,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'vue-cli-service build',
    outputDir: 'dist'
  },
  {
    id: 'vite',
    name: 'Vite',
    dependencies: ['vite'],
    markerFiles: configs('vite.config'),
    specificity: 0.5,
    devDependencyOk: true,
    kind: 'static',
    port: 8080,
    buildCommand: 'vite build',
    outputDir: 'dist'
  }
]

/** Packages that only make sense in a browser bundle: alone they mean "SPA", not "server". */
export const FRONTEND_LIBRARIES = ['react', 'react-dom', 'vue', 'svelte', 'solid-js', 'preact', 'lit']
