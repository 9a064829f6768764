// Static site generators and plain HTML as data. Their output is served by a small web server on 8080.
import type { FrameworkSpec } from '../../framework.js'
import type { AppContext } from '../../provider.js'

export interface StaticFrameworkSpec extends FrameworkSpec {
  /** For a marker file other tools share (`_config.yml`): the site must also show this to count. */
  confirmedBy?: (ctx: AppContext) => boolean
}

export const STATIC_FRAMEWORKS: StaticFrameworkSpec[] = [
  {
    id: 'hugo',
    name: 'Hugo',
    language: 'static',
    dependencies: [],
    markerFiles: ['hugo.toml', 'hugo.yaml', 'hugo.json'],
    specificity: 1,
    kind: 'static',
    port: 8080,
    buildCommand: 'hugo --minify',
    outputDir: 'public'
  },
  {
    id: 'jekyll',
    name: 'Jekyll',
    language: 'static',
    dependencies: [],
    markerFiles: ['_config.yml'],
    specificity: 1,
    kind: 'static',
    port: 8080,
    buildCommand: 'bundle exec jekyll build',
    outputDir: '_site',
    confirmedBy: ctx =>
      /jekyll/.test(ctx.read('Gemfile') ?? '') ||
      ctx.has('_posts') ||
      ctx.tree.filesIn(ctx.path('_layouts')).length > 0
  },
  {
    id: 'mkdocs',
    name: 'MkDocs',
    language: 'static',
    dependencies: [],
    markerFiles: ['mkdocs.yml'],
    specificity: 1,
    kind: 'static',
    port: 8080,
    buildCommand: 'mkdocs build',
    outputDir: 'site'
  }
]

/**
 * JavaScript frameworks whose production build is a folder of files, served without a Node server (the
 * static generator serves them unless the provider says the build is not static). Also ids people set in
 * .delightful.yaml (`react`, `vue` …) that no provider reports.
 */
export const STATIC_BUILD_FRAMEWORKS: ReadonlySet<string> = new Set([
  'vite',
  'react',
  'create-react-app',
  'vue',
  'vue-cli',
  'angular',
  'svelte',
  'solid',
  'preact',
  'ember',
  'gatsby',
  'docusaurus',
  'eleventy',
  'vitepress',
  'vuepress',
  'hexo',
  'static'
])
