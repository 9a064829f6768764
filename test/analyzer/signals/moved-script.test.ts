// An ENTRYPOINT script a RUN step moved into place from where a COPY staged it is still the repository's
// script (holdout35 ralph: `COPY docker/provision/docker-entrypoint.sh … $RALPH_IMAGE_TMP_DIR/`, an install
// script's `mv` to /var/local/ralph/, `ENTRYPOINT ["/var/local/ralph/docker-entrypoint.sh"]` + `CMD ["start"]`).
import { analyze } from '../../../src/analyzer/analyze.js'
import { movedScriptSource } from '../../../src/analyzer/signals/moved-script.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const DISPATCHER = `#!/bin/bash
set -e
ARG=\${1:-start}
case "$ARG" in
    start)
        exec gunicorn -c /etc/inventory/gunicorn.py inventory.wsgi
        ;;
    init)
        inventory migrate
        ;;
    *)
        echo "Usage: \${0} {start|init}"
        exit 1
esac
`

/** A Django inventory app whose image stages its scripts in /tmp and an install script moves them. */
const inventory = (): Record<string, string> => ({
  'requirements.txt': 'Django==4.2\ngunicorn==22.0\n',
  'manage.py': 'import django\n',
  'inventory/__init__.py': '',
  'inventory/wsgi.py':
    'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
  'inventory/settings.py':
    "ROOT_URLCONF = 'inventory.urls'\nWSGI_APPLICATION = 'inventory.wsgi.application'\n",
  'docker/provision/docker-entrypoint.sh': DISPATCHER,
  'docker/provision/install.sh': 'mv "$STAGE/docker-entrypoint.sh" "$LOCAL_DIR/"\n',
  'docker/Dockerfile-prod': `FROM python:3.12-slim
ENV STAGE="/tmp"
ENV LOCAL_DIR="/var/local/inventory"
COPY requirements.txt docker/provision/docker-entrypoint.sh docker/provision/install.sh $STAGE/
RUN "$STAGE/install.sh"
ENTRYPOINT ["/var/local/inventory/docker-entrypoint.sh"]
CMD ["start"]
`
})

/** A Flask service: one script staged in /tmp, moved onto /usr/local/bin, run as the ENTRYPOINT alone. */
const service = (): Record<string, string> => ({
  'requirements.txt': 'flask==3.0\ngunicorn==22.0\n',
  'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
  'docker/run.sh': '#!/bin/sh\nset -e\nexec gunicorn --bind 0.0.0.0:5000 app:app\n',
  Dockerfile:
    'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nCOPY docker/run.sh /tmp/\nRUN mv /tmp/run.sh /usr/local/bin/run.sh && chmod +x /usr/local/bin/run.sh\nENTRYPOINT ["/usr/local/bin/run.sh"]\n'
})

describe('an ENTRYPOINT script moved into place by a RUN step', () => {
  it('Django dispatcher: CMD start selects the arm that execs gunicorn, field by field', () => {
    const report = analyze(treeFromFiles(inventory()))
    const app = report.apps.find(a => a.appDir === '.')!
    expect(app.framework.value).toBe('django')
    expect(app.startCommand.value).toBe('gunicorn -c /etc/inventory/gunicorn.py inventory.wsgi')
    expect(app.startCommand.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'docker/Dockerfile-prod:6',
      'docker/Dockerfile-prod:7',
      'docker/provision/docker-entrypoint.sh:6'
    ])
  })

  it('Flask service: the moved run.sh is followed to its gunicorn command', () => {
    const app = analyze(treeFromFiles(service())).apps.find(a => a.appDir === '.')!
    expect(app.framework.value).toBe('flask')
    expect(app.startCommand.value).toBe('gunicorn --bind 0.0.0.0:5000 app:app')
  })

  it('movedScriptSource: the one copied file of the name; none or two say nothing', () => {
    const copies = [
      { sources: ['docker/a/entrypoint.sh', 'docker/b/entrypoint.sh'], dest: '/tmp/' },
      { sources: ['docker/provision/start.sh'], dest: '/tmp/' },
      { sources: ['conf/app.ini'], dest: '/etc/app.conf' }
    ]
    expect(movedScriptSource('/var/local/app/start.sh', copies)).toBe('docker/provision/start.sh')
    expect(movedScriptSource('/opt/entrypoint.sh', copies)).toBeNull()
    expect(movedScriptSource('/opt/other.sh', copies)).toBeNull()
    expect(movedScriptSource('/etc/app.ini', copies)).toBeNull()
    expect(movedScriptSource('start.sh', copies)).toBeNull()
  })
})
