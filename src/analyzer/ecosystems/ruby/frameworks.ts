// Ruby web frameworks as data (gem names).
import type { FrameworkSpec } from '../../framework.js'

export interface RubyFrameworkSpec extends FrameworkSpec {
  /** Without a config.ru, a script that requires this gem runs the app itself, on `port` (Sinatra classic). */
  classicScript?: { requires: string; port: number }
  /** Where routes are declared, instead of every source file: files and folders relative to the app. */
  routeFiles?: { files: string[]; folders: string[] }
  /** An asset pipeline: built when one of `folders` has files. */
  assets?: {
    folders: string[]
    /** The build command the report proposes, and its source label. */
    buildCommand: string
    source: string
    /** The image's precompile step (hint `railsAssets: false` skips it) and why it looks this way. */
    imageStep: string
    imageNote: string
  }
  /** The image precompiles with bootsnap (hint `bootsnap: false` skips it). */
  bootsnap?: boolean
  /** Start command of the image when the report has none (default: rackup). */
  imageStart?: string
  /** Folders the app writes at run time, owned by the app user in the image. */
  writableDirs?: string
}

export const RUBY_FRAMEWORKS: readonly RubyFrameworkSpec[] = [
  {
    id: 'rails',
    name: 'Ruby on Rails',
    language: 'ruby',
    dependencies: ['rails', 'railties'],
    markerFiles: ['config/application.rb', 'bin/rails'],
    specificity: 1,
    kind: 'server',
    port: 3000,
    startCommand: 'bundle exec rails server -b 0.0.0.0 -p ${PORT:-{{port}}}',
    env: ['RAILS_ENV=production', 'RAILS_LOG_TO_STDOUT=1', 'RAILS_SERVE_STATIC_FILES=1'],
    routeFiles: { files: ['config/routes.rb'], folders: ['config/routes/'] },
    assets: {
      folders: ['app/assets', 'app/javascript'],
      buildCommand: 'bundle exec rails assets:precompile',
      source: 'Rails asset pipeline',
      imageStep: 'RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile',
      imageNote: '# Assets compile without the real secret; SECRET_KEY_BASE must be set at run time.'
    },
    bootsnap: true,
    imageStart: './bin/rails server -b 0.0.0.0 -p $PORT',
    writableDirs: 'tmp log storage db'
  },
  {
    id: 'hanami',
    name: 'Hanami',
    language: 'ruby',
    dependencies: ['hanami'],
    specificity: 1,
    kind: 'server',
    port: 2300,
    startCommand: 'bundle exec hanami server --host 0.0.0.0 --port ${PORT:-{{port}}}'
  },
  {
    id: 'sinatra',
    name: 'Sinatra',
    language: 'ruby',
    dependencies: ['sinatra'],
    specificity: 0.9,
    kind: 'server',
    port: 9292,
    startCommand: 'bundle exec rackup --host 0.0.0.0 -p ${PORT:-{{port}}}',
    classicScript: { requires: 'sinatra', port: 4567 }
  },
  {
    id: 'roda',
    name: 'Roda',
    language: 'ruby',
    dependencies: ['roda'],
    specificity: 0.9,
    kind: 'server',
    port: 9292,
    startCommand: 'bundle exec rackup --host 0.0.0.0 -p ${PORT:-{{port}}}'
  }
]
