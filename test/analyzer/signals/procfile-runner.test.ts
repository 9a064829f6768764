// Images whose start command is a Procfile runner (`foreman start`, `honcho start -f …`, `overmind start`):
// the start command is the Procfile process that serves HTTP (`web:`, or the one server among workers and
// dev watchers, whatever its name), not the runner.
import { describe, expect, it } from '@jest/globals'
import { primaryFields } from '../../support/analyzed-app.js'
import { procfileRunnerProcess } from '../../../src/analyzer/signals/procfile-runner.js'

const fields = (files: Record<string, string>) =>
  primaryFields(files, ['framework', 'port', 'startCommand', 'packageManager'])

const rails = {
  Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 8.0'\ngem 'puma'\ngem 'foreman'\n",
  'Gemfile.lock': 'GEM\n  specs:\n    rails (8.0.2)\n',
  'config.ru': 'run Rails.application\n',
  'config/application.rb': 'module Shelf\n  class Application < Rails::Application\n  end\nend\n'
}

describe('Procfile runners in the image', () => {
  it('rails: foreman start runs the `rails:` server, not the sidekiq worker or the vite watcher', () => {
    expect(
      fields({
        ...rails,
        Procfile:
          'rails: bundle exec rails server -p $PORT -b 0.0.0.0\nworker: bundle exec sidekiq -C config/sidekiq.yml\nvite: bin/vite dev\n',
        Dockerfile:
          'FROM ruby:3.4-alpine\nWORKDIR /app\nCOPY . .\nRUN bundle install\nENV PORT=3214\nEXPOSE 3214\nCMD ["bundle", "exec", "foreman", "start"]\n'
      })
    ).toEqual({
      framework: 'rails',
      port: 3214,
      startCommand: 'bundle exec rails server -p $PORT -b 0.0.0.0',
      packageManager: 'bundler'
    })
  })

  it('django: honcho start -f names the Procfile; its `app:` gunicorn process serves', () => {
    expect(
      fields({
        'requirements.txt': 'django==5.1\ngunicorn==23.0\ncelery==5.4\nhoncho==2.0\n',
        'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")\n',
        'shop/settings.py': 'INSTALLED_APPS = ["django.contrib.admin"]\nROOT_URLCONF = "shop.urls"\n',
        'shop/wsgi.py':
          'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
        'Procfile.docker': 'app: gunicorn shop.wsgi -b 0.0.0.0:8010\nworker: celery -A shop worker -l info\n',
        Dockerfile:
          'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["honcho", "start", "-f", "Procfile.docker"]\n'
      })
    ).toEqual({
      framework: 'django',
      port: 8010,
      startCommand: 'gunicorn shop.wsgi -b 0.0.0.0:8010',
      packageManager: 'pip'
    })
  })

  it('node: overmind start runs the `web:` process even beside another node process', () => {
    expect(
      fields({
        'package.json': JSON.stringify({ name: 'feeds', dependencies: { express: '^4.21.0' } }),
        'package-lock.json': '{"lockfileVersion": 3}',
        'server.js': "const app = require('express')()\napp.listen(4100)\n",
        'worker.js': 'setInterval(() => {}, 1000)\n',
        Procfile: 'web: node server.js\nqueue: node worker.js\n',
        Dockerfile:
          'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 4100\nCMD overmind start\n'
      })
    ).toEqual({ framework: 'express', port: 4100, startCommand: 'node server.js', packageManager: 'npm' })
  })

  it('rails: a bin/dev script that execs foreman with Procfile.dev is followed to its server', () => {
    expect(
      fields({
        ...rails,
        'bin/dev':
          '#!/usr/bin/env sh\nexport PORT="${PORT:-3000}"\nexec foreman start -f Procfile.dev "$@"\n',
        'Procfile.dev': 'web: bin/rails server -b 0.0.0.0\ncss: bin/rails tailwindcss:watch\n',
        Dockerfile:
          'FROM ruby:3.4-alpine\nWORKDIR /app\nCOPY . .\nRUN bundle install\nEXPOSE 3000\nCMD ["bin/dev"]\n'
      })
    ).toEqual({
      framework: 'rails',
      port: 3000,
      startCommand: 'bin/rails server -b 0.0.0.0',
      packageManager: 'bundler'
    })
  })

  it('negative: a Procfile with two servers and no `web:` is not guessed; the runner stays', () => {
    const files = {
      ...rails,
      Procfile: 'api: bundle exec puma -C config/puma.rb\nadmin: bundle exec rails server -p 4000\n',
      Dockerfile:
        'FROM ruby:3.4-alpine\nWORKDIR /app\nCOPY . .\nRUN bundle install\nEXPOSE 3000\nCMD ["foreman", "start"]\n'
    }
    expect(fields(files).startCommand).toBe('foreman start')
    expect(
      procfileRunnerProcess('foreman start', '.', p => (files as Record<string, string>)[p] ?? null)
    ).toBeNull()
  })
})

describe('procfileRunnerProcess', () => {
  const read = (files: Record<string, string>) => (p: string) => files[p] ?? null

  it('finds the Procfile beside the Dockerfile, then at the root, with the process line as evidence', () => {
    expect(
      procfileRunnerProcess(
        'foreman start',
        'deploy',
        read({ Procfile: 'jobs: bundle exec rake jobs:work\nrails: bin/rails server -p 3000\n' })
      )
    ).toEqual({
      command: 'bin/rails server -p 3000',
      name: 'rails',
      evidence: { file: 'Procfile', line: 2, text: 'rails: bin/rails server -p 3000' }
    })
  })

  it('negatives: workers only, no Procfile in the repository, a command that is no runner', () => {
    const workers = read({ Procfile: 'worker: bundle exec sidekiq\nclock: bundle exec clockwork clock.rb\n' })
    expect(procfileRunnerProcess('foreman start', '.', workers)).toBeNull()
    expect(procfileRunnerProcess('honcho start', '.', read({}))).toBeNull()
    expect(
      procfileRunnerProcess('bundle exec puma', '.', read({ Procfile: 'web: bundle exec puma\n' }))
    ).toBeNull()
    expect(
      procfileRunnerProcess('foreman run rake db:migrate', '.', read({ Procfile: 'web: puma\n' }))
    ).toBeNull()
  })
})
