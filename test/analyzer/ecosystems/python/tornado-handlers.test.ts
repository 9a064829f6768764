// Tornado apps declare routes in a handler table (holdout22, a Celery monitor: `(r"/healthcheck",
// monitor.Healthcheck)` in the list given to tornado.web.Application): its health route is the health path.
import { pythonProvider } from '../../../../src/analyzer/ecosystems/python/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const python = pythonProvider as Provider<unknown>

/** A package run as a module whose urls.py holds the tornado handler table. */
const monitor = (urls: string, over: Record<string, string> = {}): Record<string, string> => ({
  'requirements.txt': 'tornado>=6\n',
  'monitor/__init__.py': '',
  'monitor/__main__.py': 'from monitor.app import main\nmain()\n',
  'monitor/app.py': [
    'import tornado.web',
    'from monitor.urls import handlers',
    '',
    'def main():',
    '    app = tornado.web.Application(handlers)',
    '    app.listen(5555)',
    ''
  ].join('\n'),
  'monitor/urls.py': urls,
  ...over
})

const TABLE = [
  'from tornado.web import StaticFileHandler, url',
  'from .views import monitor, tasks',
  'handlers = [',
  '    url(r"/", tasks.Dashboard, name="main"),',
  '    (r"/api/tasks", tasks.ListTasks),',
  '    (r"/metrics", monitor.Metrics),',
  '    (r"/healthcheck", monitor.Healthcheck),',
  '    (r"/static/(.*)", StaticFileHandler, {"path": "static"}),',
  ']',
  ''
].join('\n')

describe('tornado handler tables give the health route', () => {
  it('reads a (path, Handler) tuple of the handler list', () => {
    expect(analyzeWith(python, monitor(TABLE)).value('healthPath')).toBe('/healthcheck')
  })

  it('reads url(r"/health", Handler) in a script app', () => {
    const files = {
      'requirements.txt': 'tornado==6.4\n',
      'app.py': [
        'import tornado.ioloop',
        'import tornado.web',
        'from tornado.web import url',
        '',
        'class MainHandler(tornado.web.RequestHandler):',
        '    def get(self):',
        '        self.write("hi")',
        '',
        'class HealthHandler(tornado.web.RequestHandler):',
        '    def get(self):',
        '        self.write("ok")',
        '',
        'app = tornado.web.Application([url(r"/", MainHandler), url(r"/health", HealthHandler, name="health")])',
        'app.listen(8888)',
        'tornado.ioloop.IOLoop.current().start()',
        ''
      ].join('\n')
    }
    const { value } = analyzeWith(python, files)
    expect(value('framework')).toBe('tornado')
    expect(value('healthPath')).toBe('/health')
  })

  it('negative: a table without a health route, or the same tuple in a flask app, gives none', () => {
    const noHealth = TABLE.replace('    (r"/healthcheck", monitor.Healthcheck),\n', '')
    expect(analyzeWith(python, monitor(noHealth)).value('healthPath') ?? null).toBeNull()
    const flask = {
      'requirements.txt': 'flask\n',
      'app.py': [
        'from flask import Flask',
        'from checks import Probe',
        'app = Flask(__name__)',
        'CHECKS = [("/health", Probe)]',
        '@app.route("/")',
        'def home():',
        '    return "hi"',
        ''
      ].join('\n')
    }
    const { value } = analyzeWith(python, flask)
    expect(value('framework')).toBe('flask')
    expect(value('healthPath') ?? null).toBeNull()
  })
})
