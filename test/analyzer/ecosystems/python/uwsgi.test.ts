// The one uWSGI ini in the app folder that serves HTTP and names the app is the production start when no
// Dockerfile or Procfile gives one (holdout30 ckan: `uwsgi -i ckan-uwsgi.ini`, documented for production).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { uwsgiStart } from '../../../../src/analyzer/ecosystems/python/uwsgi.js'
import { createAppContext } from '../../../../src/analyzer/context.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    startEvidence: app.startCommand.evidence.map(e => `${e.file}:${e.line}`)
  }
}

const flaskApp = {
  'requirements.txt': 'flask==3.1.0\n',
  'portal/__init__.py': 'from flask import Flask\n\ndef make_app():\n    return Flask(__name__)\n',
  'wsgi.py': 'from portal import make_app\napplication = make_app()\n'
}

describe('a uWSGI ini serving the app', () => {
  it('a Flask data portal with its production ini at the root', () => {
    expect(
      fields({
        ...flaskApp,
        'portal-uwsgi.ini':
          '[uwsgi]\n\nhttp = 127.0.0.1:8080\nwsgi-file = /etc/portal/wsgi.py\nmodule = wsgi:application\nmaster = true\n'
      })
    ).toEqual({
      appDir: '.',
      framework: 'flask',
      port: 8080,
      startCommand: 'uwsgi --ini portal-uwsgi.ini',
      startEvidence: ['portal-uwsgi.ini:4']
    })
  })

  it('a Django app whose uwsgi.ini serves on http-socket', () => {
    expect(
      fields({
        'requirements.txt': 'django==5.1\nuwsgi==2.0.28\n',
        'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
        'site/__init__.py': '',
        'site/settings.py': 'ROOT_URLCONF = "site.urls"\n',
        'site/wsgi.py':
          'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
        'uwsgi.ini': '[uwsgi]\nhttp-socket = :9000\nmodule = site.wsgi:application\n'
      })
    ).toEqual({
      appDir: '.',
      framework: 'django',
      port: 9000,
      startCommand: 'uwsgi --ini uwsgi.ini',
      startEvidence: ['uwsgi.ini:3']
    })
  })

  it('negatives: a uwsgi-protocol socket only, or two production inis, give no start of their own', () => {
    const start = (files: Record<string, string>) =>
      uwsgiStart(createAppContext(treeFromFiles(files), '.', [], null))?.value ?? null
    expect(
      start({ ...flaskApp, 'app.ini': '[uwsgi]\nsocket = /tmp/app.sock\nmodule = wsgi:application\n' })
    ).toBe(null)
    expect(
      start({
        ...flaskApp,
        'eu.ini': '[uwsgi]\nhttp = :8080\nmodule = wsgi:application\n',
        'us.ini': '[uwsgi]\nhttp = :8080\nmodule = wsgi:application\n'
      })
    ).toBe(null)
    // A development ini beside the production one does not count as a second choice.
    expect(
      start({
        ...flaskApp,
        'uwsgi.ini': '[uwsgi]\nhttp = :8080\nmodule = wsgi:application\n',
        'uwsgi-dev.ini': '[uwsgi]\nhttp = :8000\nmodule = wsgi:application\npy-autoreload = 1\n'
      })
    ).toBe('uwsgi --ini uwsgi.ini')
    expect(start({ ...flaskApp, 'setup.ini': '[metadata]\nname = portal\n' })).toBe(null)
  })
})
