// s6-overlay images whose services are copied one by one (`COPY docker/s6/app /etc/s6-overlay/s6-rc.d/app`)
// rather than as one rootfs folder, and run lines that go through the repository's hand-over entrypoint
// script (`bin/docker-entrypoint.sh foreman start`, the script ending in `exec … "$@"`).
import { describe, expect, it } from '@jest/globals'
import { primaryFields } from '../../support/analyzed-app.js'
import type { ContextCopy } from '../../../src/analyzer/signals/docker-copies.js'
import { s6WebService } from '../../../src/analyzer/signals/s6-overlay.js'

const fields = (files: Record<string, string>) =>
  primaryFields(files, ['framework', 'port', 'startCommand', 'packageManager'])

const handOver = '#!/bin/sh\nset -e\nbundle exec rails db:prepare\nexec s6-setuidgid $PUID:$PGID $@\n'

describe('s6 services copied one by one', () => {
  it('rails: the web service run line, through the hand-over entrypoint script', () => {
    expect(
      fields({
        Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 8.0'\ngem 'puma'\n",
        'Gemfile.lock': 'GEM\n  specs:\n    rails (8.0.2)\n',
        'config.ru': 'run Rails.application\n',
        'config/application.rb': 'module Shelf\n  class Application < Rails::Application\n  end\nend\n',
        'bin/docker-entrypoint.sh': handOver,
        'docker/s6/shelf/type': 'longrun\n',
        'docker/s6/shelf/run':
          '#!/command/with-contenv sh\ncd /usr/src/app\nbin/docker-entrypoint.sh bundle exec puma -C config/puma.rb\n',
        'docker/s6/jobs/type': 'longrun\n',
        'docker/s6/jobs/run': '#!/command/with-contenv sh\nexec bundle exec sidekiq\n',
        'docker/app.dockerfile':
          'FROM ruby:3.4-alpine\nWORKDIR /usr/src/app\nCOPY . .\nRUN bundle install\nENV PORT=3214\nCOPY ./docker/s6/shelf /etc/s6-overlay/s6-rc.d/shelf\nCOPY ./docker/s6/jobs /etc/s6-overlay/s6-rc.d/jobs\nEXPOSE 3214\nENTRYPOINT ["/init"]\n',
        Dockerfile:
          'FROM ruby:3.4-alpine\nWORKDIR /usr/src/app\nCOPY . .\nRUN bundle install\nENV PORT=3214\nCOPY docker/s6/shelf /etc/s6-overlay/s6-rc.d/shelf/\nCOPY docker/s6/jobs /etc/s6-overlay/s6-rc.d/jobs\nEXPOSE 3214\nENTRYPOINT ["/init"]\n'
      })
    ).toEqual({
      framework: 'rails',
      port: 3214,
      startCommand: 'bundle exec puma -C config/puma.rb',
      packageManager: 'bundler'
    })
  })

  it('node: the one longrun service among oneshots, copied from a Dockerfile folder', () => {
    expect(
      fields({
        'package.json': JSON.stringify({ name: 'feeds', dependencies: { fastify: '^5.0.0' } }),
        'package-lock.json': '{"lockfileVersion": 3}',
        'src/server.js': "const app = require('fastify')()\napp.listen({ port: 8080, host: '0.0.0.0' })\n",
        'docker/Dockerfile':
          'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCOPY docker/services/feeds /etc/s6-overlay/s6-rc.d/feeds\nCOPY docker/services/migrate /etc/s6-overlay/s6-rc.d/migrate\nEXPOSE 8080\nENTRYPOINT ["/init"]\n',
        'docker/services/feeds/type': 'longrun\n',
        'docker/services/feeds/run': '#!/command/execlineb -P\nnode /app/src/server.js\n',
        'docker/services/migrate/type': 'oneshot\n',
        'docker/services/migrate/run': '#!/bin/sh\nexec node /app/migrate.js\n'
      })
    ).toEqual({
      framework: 'fastify',
      port: 8080,
      startCommand: 'node /app/src/server.js',
      packageManager: 'npm'
    })
  })

  it('finds nothing when only workers are copied, and keeps a run script that does not hand over (negative)', () => {
    const files: Record<string, string> = {
      'svc/queue/type': 'longrun\n',
      'svc/queue/run': '#!/bin/sh\nexec celery -A app worker\n',
      'svc/cron/type': 'longrun\n',
      'svc/cron/run': '#!/bin/sh\nexec crond -f\n',
      'svc/web/type': 'longrun\n',
      'svc/web/run': '#!/bin/sh\nbin/start.sh --port 8000\n',
      'bin/start.sh': '#!/bin/sh\nexec gunicorn app:app --bind 0.0.0.0:$2\n'
    }
    const read = (p: string): string | null => files[p] ?? null
    const list = (dir: string): string[] => Object.keys(files).filter(f => f.startsWith(`${dir}/`))
    const workers: ContextCopy[] = [
      { sources: ['svc/queue'], dest: '/etc/s6-overlay/s6-rc.d/queue' },
      { sources: ['svc/cron'], dest: '/etc/s6-overlay/s6-rc.d/cron' }
    ]
    expect(s6WebService(workers, '.', read, list)).toBeNull()
    const web: ContextCopy[] = [...workers, { sources: ['./svc/web/'], dest: '/etc/s6-overlay/s6-rc.d/web/' }]
    expect(s6WebService(web, '.', read, list)?.command).toBe('bin/start.sh --port 8000')
  })
})
