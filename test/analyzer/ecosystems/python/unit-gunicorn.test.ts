// The port of a gunicorn config a committed systemd unit starts gunicorn with (issue 16 #4): the unit names the
// installed path (`--config /opt/app/gunicorn.py`), the repository ships the file beside the unit.
import { unitGunicornConfPort } from '../../../../src/analyzer/ecosystems/python/unit-gunicorn.js'
import { createAppContext } from '../../../../src/analyzer/context.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const portOf = (files: Record<string, string>, dir = '.') =>
  unitGunicornConfPort(createAppContext(treeFromFiles(files), dir, [], null))

describe('unitGunicornConfPort', () => {
  test('--config names the file beside the unit; its bind is the port, with both lines as evidence', () => {
    const c = portOf({
      'contrib/app.service':
        '[Service]\nExecStart=/opt/app/venv/bin/gunicorn --pythonpath /opt/app --config /opt/app/gunicorn.py app.wsgi\n',
      'contrib/gunicorn.py': "# listen address\nbind = '127.0.0.1:8001'\n"
    })
    expect(c?.value).toBe(8001)
    expect(c?.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'contrib/gunicorn.py:2',
      'contrib/app.service:2'
    ])
  })

  test('-c with a quoted path and an f-string bind default', () => {
    const c = portOf({
      'deploy/web.service': '[Service]\nExecStart=gunicorn -c "/etc/web/conf.py" web:app\n',
      'deploy/conf.py': "import os\nbind = f\"0.0.0.0:{os.environ.get('PORT', '5050')}\"\n"
    })
    expect(c?.value).toBe(5050)
  })

  test('nothing from a commented-out ExecStart, another server, or a config that is not beside the unit', () => {
    expect(
      portOf({
        'contrib/app.service': '#ExecStart=gunicorn --config /opt/app/gunicorn.py app.wsgi\n',
        'contrib/gunicorn.py': "bind = '127.0.0.1:8001'\n"
      })
    ).toBeNull()
    expect(
      portOf({
        'contrib/app.service': 'ExecStart=uwsgi --ini /opt/app/gunicorn.py\n',
        'contrib/gunicorn.py': "bind = '127.0.0.1:8001'\n"
      })
    ).toBeNull()
    expect(
      portOf({
        'contrib/app.service': 'ExecStart=gunicorn --config /opt/app/gunicorn.py app.wsgi\n',
        'other/gunicorn.py': "bind = '127.0.0.1:8001'\n"
      })
    ).toBeNull()
  })

  test('units outside the app folder are not read', () => {
    expect(
      portOf(
        {
          'ops/app.service': 'ExecStart=gunicorn --config /opt/app/gunicorn.py app.wsgi\n',
          'ops/gunicorn.py': "bind = '127.0.0.1:8001'\n",
          'web/app.py': 'app = 1\n'
        },
        'web'
      )
    ).toBeNull()
  })
})
