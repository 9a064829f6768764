// An ENTRYPOINT path no COPY wrote may be a link a RUN made (`ln -s srv/app/entrypoint.sh /entrypoint`,
// holdout16 peeringdb): the script the link points at is followed like any other entrypoint script.
import { imageSymlinks } from '../../../src/analyzer/signals/image-symlinks.js'
import { primaryApp } from '../../support/analyzed-app.js'

function start(files: Record<string, string>): string | null {
  return primaryApp(files).startCommand.value
}

describe('imageSymlinks', () => {
  test('relative and absolute targets, a link into a folder, flags in any order', () => {
    const links = imageSymlinks([
      'mkdir coverage && ln -s srv/www/entrypoint.sh /entrypoint',
      'ln -sf /opt/app/bin/run.sh /usr/local/bin/run; chmod +x /opt/app/bin/run.sh',
      'ln -s -f /opt/app/tool /usr/bin/'
    ])
    expect(links.get('/entrypoint')).toBe('/srv/www/entrypoint.sh')
    expect(links.get('/usr/local/bin/run')).toBe('/opt/app/bin/run.sh')
    expect(links.get('/usr/bin/tool')).toBe('/opt/app/tool')
  })

  test('negative: hard links, computed paths and relative link names are no entries', () => {
    const links = imageSymlinks(['ln /a /b', 'ln -s "$APP/run.sh" /run', 'ln -s /a/x ./x'])
    expect(links.size).toBe(0)
  })
})

describe('an ENTRYPOINT that is a link a RUN made', () => {
  test('flask: `/entrypoint` → the copied script, which execs gunicorn', () => {
    expect(
      start({
        'requirements.txt': 'flask\ngunicorn\n',
        'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        Dockerfile:
          'FROM python:3.12\nWORKDIR /srv/www\nCOPY . .\nCOPY docker/entrypoint.sh ./\nRUN ln -s srv/www/entrypoint.sh /entrypoint\nENTRYPOINT ["/entrypoint"]\n',
        'docker/entrypoint.sh': '#!/bin/sh\nflask db upgrade\nexec gunicorn app:app --bind 0.0.0.0:8000\n'
      })
    ).toBe('gunicorn app:app --bind 0.0.0.0:8000')
  })

  test('rails: a link on PATH to the copied start script, which execs puma', () => {
    expect(
      start({
        Gemfile: "source 'https://rubygems.org'\ngem 'rails'\ngem 'puma'\n",
        'config/application.rb': 'module Shop; end\n',
        'config.ru': 'run Rails.application\n',
        Dockerfile:
          'FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nCOPY bin/docker-start /opt/start.sh\nRUN ln -sf /opt/start.sh /usr/local/bin/start-app\nENTRYPOINT ["/usr/local/bin/start-app"]\n',
        'bin/docker-start':
          '#!/bin/bash\nbundle exec rails db:migrate\nexec bundle exec puma -C config/puma.rb\n'
      })
    ).toBe('bundle exec puma -C config/puma.rb')
  })

  test('negative: without the link the path is reported as it is', () => {
    expect(
      start({
        'requirements.txt': 'flask\ngunicorn\n',
        'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        Dockerfile:
          'FROM python:3.12\nWORKDIR /srv/www\nCOPY . .\nCOPY docker/entrypoint.sh ./\nENTRYPOINT ["/entrypoint"]\n',
        'docker/entrypoint.sh': '#!/bin/sh\nexec gunicorn app:app --bind 0.0.0.0:8000\n'
      })
    ).toBe('/entrypoint')
  })
})
