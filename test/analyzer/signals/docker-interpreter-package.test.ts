// A Dockerfile on a distribution image (CentOS Stream, Debian, Alpine) that installs a versioned interpreter
// from the system's packages (`dnf install python3.12`, `apt-get install python3.11-venv`, `apk add
// nodejs22`) pins the runtime the app runs on, when nothing else does.
import { describe, expect, it } from '@jest/globals'
import { primaryApp } from '../../support/analyzed-app.js'
import { dockerfileRuntimeVersion } from '../../../src/analyzer/signals/docker-runtime.js'

const fields = (files: Record<string, string>) => {
  const app = primaryApp(files)
  return {
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    runtimeVersion: app.runtimeVersion.value,
    runtimeSource: app.runtimeVersion.source
  }
}

const django = {
  'manage.py':
    '#!/usr/bin/env python\nimport os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
  'site/settings.py': 'INSTALLED_APPS = []\nWSGI_APPLICATION = "site.wsgi.application"\n',
  'site/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
  'requirements.txt': 'Django==5.2\nuwsgi==2.0.28\n'
}

describe('interpreter installed from distribution packages', () => {
  it('CentOS stage shared by the final stage: dnf install python3.12', () => {
    expect(
      fields({
        ...django,
        Dockerfile:
          'ARG BASE=quay.io/centos/centos:stream10\nFROM $BASE AS runtime-base\nRUN dnf -y --nodocs install python3.12 libpq \\\n    nginx-core && dnf clean all\nWORKDIR /srv\n\nFROM runtime-base AS build\nCOPY . /srv\nRUN python3.12 -m venv /venv && /venv/bin/pip install -r requirements.txt\n\nFROM runtime-base\nCOPY --from=build /venv /venv\nCOPY . /srv\nCMD ["/venv/bin/uwsgi", "--http", ":8080", "--module", "site.wsgi:application"]\n'
      })
    ).toEqual({
      framework: 'django',
      packageManager: 'pip',
      runtimeVersion: '3.12',
      runtimeSource: 'Dockerfile RUN installs python3.12'
    })
  })

  it('Debian image: apt-get install python3.11-venv', () => {
    expect(
      fields({
        ...django,
        Dockerfile:
          'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3.11-venv curl && rm -rf /var/lib/apt/lists/*\nCOPY . /srv\nRUN python3.11 -m venv /venv && /venv/bin/pip install -r /srv/requirements.txt\nCMD ["/venv/bin/uwsgi", "--http", ":8000", "--module", "site.wsgi:application"]\n'
      })
    ).toEqual({
      framework: 'django',
      packageManager: 'pip',
      runtimeVersion: '3.11',
      runtimeSource: 'Dockerfile RUN installs python3.11'
    })
    const node = dockerfileRuntimeVersion(
      'Dockerfile',
      'FROM alpine:3.21\nRUN apk add --no-cache nodejs22 npm\nCMD ["node", "server.js"]\n',
      'javascript'
    )
    expect(node?.value).toBe('22')
  })

  it('ignores unversioned packages, non-install lines and builder stages before a language image (negative)', () => {
    const version = (text: string): string | null =>
      dockerfileRuntimeVersion('Dockerfile', text, 'python')?.value ?? null
    expect(version('FROM debian:12\nRUN apt-get install -y python3 python3-pip\n')).toBeNull()
    expect(version('FROM debian:12\nRUN echo python3.12 > /etc/motd\n')).toBeNull()
    expect(
      version(
        'FROM centos:stream9 AS tools\nRUN dnf install -y python3.11\nFROM python:3.13-slim\nCMD ["python", "app.py"]\n'
      )
    ).toBe('3.13')
    expect(version('FROM python:3.12-slim\nRUN apt-get install -y python3.11\n')).toBe('3.12')
    // Below a manifest range: the image may install another interpreter later (`uv python install`).
    expect(
      fields({
        ...django,
        'pyproject.toml':
          '[project]\nname = "site"\nrequires-python = ">=3.13"\ndependencies = ["django>=5"]\n',
        Dockerfile:
          'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y python3.12-venv\nCOPY . /srv\nCMD ["uwsgi", "--http", ":8000", "--module", "site.wsgi:application"]\n'
      }).runtimeVersion
    ).toBe('>=3.13')
  })
})

// holdout20 PowerDNS-Admin: `ARG PYTHON_FULL_VERSION=3.13.5` on Debian, asserted by a RUN of the runtime stage.
describe('a language-named version ARG a RUN of a distribution-image stage uses', () => {
  it('Python: ARG PYTHON_FULL_VERSION asserted against the installed python3', () => {
    expect(
      fields({
        ...django,
        Dockerfile:
          'ARG PYTHON_FULL_VERSION=3.13.5\nFROM debian:13-slim\nARG PYTHON_FULL_VERSION\nRUN apt-get update && apt-get install -y python3 python3-venv\nCOPY . /srv\nRUN python3 -m venv /venv \\\n    && test "$(python3 -c \'import platform; print(platform.python_version())\')" = "${PYTHON_FULL_VERSION}"\nCMD ["/venv/bin/uwsgi", "--http", ":8000", "--module", "site.wsgi:application"]\n'
      })
    ).toEqual({
      framework: 'django',
      packageManager: 'pip',
      runtimeVersion: '3.13.5',
      runtimeSource: 'Dockerfile RUN uses ARG PYTHON_FULL_VERSION=3.13.5 (python)'
    })
  })

  it('Node: ARG NODE_VERSION in the NodeSource setup script URL; Ruby: ruby-install ${RUBY_VERSION}', () => {
    const node = dockerfileRuntimeVersion(
      'Dockerfile',
      'FROM ubuntu:24.04\nARG NODE_VERSION=20\nRUN curl -fsSL https://deb.nodesource.com/setup_${NODE_VERSION}.x | bash - && apt-get install -y nodejs\nCMD ["node", "server.js"]\n',
      'javascript'
    )
    expect(node?.value).toBe('20')
    expect(node?.evidence.map(e => e.line)).toEqual([2, 3])
    const ruby = dockerfileRuntimeVersion(
      'Dockerfile',
      'ARG RUBY_VERSION=3.3.6\nFROM debian:12\nRUN ruby-install --system ruby ${RUBY_VERSION}\nCMD ["bundle", "exec", "puma"]\n',
      'ruby'
    )
    expect(ruby?.value).toBe('3.3.6')
  })

  it('negative: an ARG no RUN uses, a non-version value, another language, or a language image FROM', () => {
    const version = (text: string): string | null =>
      dockerfileRuntimeVersion('Dockerfile', text, 'python')?.value ?? null
    expect(version('ARG PYTHON_VERSION=3.12\nFROM debian:12\nRUN apt-get install -y python3\n')).toBeNull()
    expect(
      version('ARG PYTHON_VERSION=latest\nFROM debian:12\nRUN pyenv install ${PYTHON_VERSION}\n')
    ).toBeNull()
    expect(version('ARG NODE_VERSION=20\nFROM debian:12\nRUN setup_${NODE_VERSION}.x\n')).toBeNull()
    expect(
      version(
        'ARG PYTHON_VERSION=3.11\nFROM python:3.13-slim\nRUN echo ${PYTHON_VERSION}\nCMD ["python", "app.py"]\n'
      )
    ).toBe('3.13')
  })
})
