// Ruby web frameworks as data (gem names).
import type { FrameworkSpec } from '../../framework.js'

export const RUBY_FRAMEWORKS: readonly FrameworkSpec[] = [
  {
    id: 'rails',
    name: 'Ruby on Rails',
    language: 'ruby',
    dependencies: ['rails', 'railties'],
    markerFiles: ['config/application.rb', 'bin/rails'],
    specificity: 1,
    kind: 'server',
    port: 3000,
    startCommand: 'bundle exec rails server -b 0.0.0.0 -p ${PORT:-{{port}}}'
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
    startCommand: 'bundle exec rackup --host 0.0.0.0 -p ${PORT:-{{port}}}'
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
