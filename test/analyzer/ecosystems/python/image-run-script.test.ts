// A Python project whose own image runs one of its scripts with the interpreter is an app even without a web
// framework we know (holdout35 Tautulli: CherryPy in requirements.txt, `CMD ["python", "Tautulli.py",
// "--datadir", "/config"]` behind an ENTRYPOINT script).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

/** A media monitor: CherryPy (no framework id of ours), an entrypoint script, a web UI folder of static files. */
const monitor = (cmd: string): Record<string, string> => ({
  'requirements.txt': 'cherrypy==18.10.0\ncheroot==11.1.2\nrequests==2.32.0\n',
  'Monitor.py': 'import cherrypy\nfrom monitor import webstart\nwebstart.start()\n',
  'monitor/__init__.py': '',
  'monitor/webstart.py': 'import cherrypy\ndef start():\n    cherrypy.quickstart(None, "/")\n',
  'start.sh': '#!/usr/bin/env bash\nexec gosu app "$@"\n',
  'data/interfaces/default/index.html': '<html></html>',
  Dockerfile: `FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install -r requirements.txt\n${cmd}\nEXPOSE 8181\n`
})

/** A small API on http.server: requirements without a framework, `python3 -u server.py`. */
const plainServer = (): Record<string, string> => ({
  'requirements.txt': 'requests==2.32.0\n',
  'server.py':
    'from http.server import HTTPServer, BaseHTTPRequestHandler\nHTTPServer(("", 9000), BaseHTTPRequestHandler).serve_forever()\n',
  Dockerfile:
    'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install -r requirements.txt\nCMD python3 -u server.py\n'
})

describe('a Python script the folder’s own image runs', () => {
  it('CherryPy monitor behind an entrypoint script: the root is the app, field by field', () => {
    const report = analyze(
      treeFromFiles(
        monitor('CMD [ "python", "Monitor.py", "--datadir", "/config" ]\nENTRYPOINT [ "./start.sh" ]')
      )
    )
    expect(report.primary).toBe('.')
    const app = report.apps.find(a => a.appDir === '.')!
    expect(app.language.value).toBe('python')
    expect(app.framework.value).toBe('none')
    expect(app.packageManager.value).toBe('pip')
    expect(app.port.value).toBe(8181)
    expect(app.startCommand.value).toContain('python Monitor.py --datadir /config')
  })

  it('http.server API run with python3 -u: the root is the app', () => {
    const report = analyze(treeFromFiles(plainServer()))
    expect(report.primary).toBe('.')
    const app = report.apps.find(a => a.appDir === '.')!
    expect(app.language.value).toBe('python')
    expect(app.packageManager.value).toBe('pip')
    expect(app.startCommand.value).toBe('python3 -u server.py')
  })

  it('negative: a script outside the folder, a module run, or a test runner make no app', () => {
    for (const cmd of [
      'CMD ["python", "/opt/tools/other.py"]',
      'CMD ["python", "-m", "monitor"]',
      'CMD ["pytest", "-q"]'
    ]) {
      const report = analyze(treeFromFiles(monitor(cmd)))
      expect(report.apps.find(a => a.appDir === '.')?.language.value).not.toBe('python')
    }
  })
})
