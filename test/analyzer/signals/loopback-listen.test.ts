// A production server bound to loopback only is unreachable in a container: the analysis warns
// LISTENS_ON_LOCALHOST where the code (or the app's own Dockerfile) binds it, and the generated image runs
// its own start command on every interface instead. Dev-only and test code, listeners beside a public one,
// and a reverse proxy in the same image say nothing.
import { analyze } from '../../../src/analyzer/analyze.js'
import { generateDockerfile } from '../../../src/analyzer/render/dockerfile/index.js'
import type { Warning } from '../../../src/analyzer/report.js'
import { commandLoopbackBind, publicBind } from '../../../src/analyzer/signals/loopback-listen.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

interface Warned {
  file?: string
  line?: number
}

function primary(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)!
}

const warned = (files: Record<string, string>): Warned[] =>
  primary(files)
    .warnings.filter(w => w.code === 'LISTENS_ON_LOCALHOST')
    .map(({ file, line }) => ({ file, line }))

const NODE_PKG = (start: string, deps: Record<string, string> = { express: '^4.21.0' }): string =>
  JSON.stringify({ name: 'svc', scripts: { start }, dependencies: deps })

describe('Node: listen(port, loopback)', () => {
  it.each([
    [
      "Node's http server on '127.0.0.1'",
      {
        'package.json': NODE_PKG('node server.js', {}),
        'server.js':
          "const http = require('http')\nconst server = http.createServer((req, res) => res.end('ok'))\nserver.listen(process.env.PORT || 3000, '127.0.0.1')\n"
      },
      { file: 'server.js', line: 3 }
    ],
    [
      "an Express app on 'localhost' with a callback",
      {
        'package.json': NODE_PKG('node src/index.js'),
        'src/index.js':
          "const express = require('express')\nconst app = express()\napp.get('/health', (req, res) => res.send('ok'))\n\napp.listen(8080, 'localhost', () => console.log('up'))\n"
      },
      { file: 'src/index.js', line: 5 }
    ],
    [
      'a Koa app whose options object names a loopback host',
      {
        'package.json': NODE_PKG('node app.js', { koa: '^2.15.0' }),
        'app.js':
          "const Koa = require('koa')\nconst app = new Koa()\nconst server = require('http').createServer(app.callback())\nserver.listen({ port: 3000, host: '127.0.0.1' })\n"
      },
      { file: 'app.js', line: 4 }
    ],
    [
      'a file whose comments come before the call (the line is the call’s)',
      {
        'package.json': NODE_PKG('node server.js'),
        'server.js':
          "// see https://example.com/docs // and more\nconst app = require('express')() // the app\n/* block\n   comment */\napp.listen(3000, '127.0.0.1')\n"
      },
      { file: 'server.js', line: 5 }
    ]
  ])('%s: warned at the call', (_label, files, at) => {
    expect(warned(files)).toEqual([at])
  })

  it.each([
    [
      'the app listens on every interface beside a loopback metrics server',
      {
        'package.json': NODE_PKG('node server.js'),
        'server.js':
          "const app = require('express')()\nconst metrics = require('express')()\nmetrics.listen(9464, '127.0.0.1')\napp.listen(process.env.PORT || 3000)\n"
      }
    ],
    [
      'a loopback listener in a test only',
      {
        'package.json': NODE_PKG('node server.js'),
        'server.js': "require('express')().listen(process.env.PORT || 3000)\n",
        'test/server.test.js': "server.listen(0, '127.0.0.1')\n"
      }
    ],
    [
      'a free-port probe (port 0) in a config helper and a dev watcher’s sidecar',
      {
        'package.json': NODE_PKG('node server.js'),
        'server.js': "require('./lib/port')\nrequire('express')().listen(process.env.PORT || 3000)\n",
        'lib/port.js': "module.exports = () => server.listen(0, '127.0.0.1')\n",
        'other/dev-watcher.ts': "server.listen(SIDECAR_PORT, '127.0.0.1', () => resolve())\n"
      }
    ],
    [
      'a host from the environment',
      {
        'package.json': NODE_PKG('node server.js'),
        'server.js': "require('express')().listen(3000, process.env.HOST)\n"
      }
    ],
    [
      'nginx in the same image fronts the loopback listener',
      {
        'package.json': NODE_PKG('node server.js'),
        'server.js': "require('express')().listen(3000, '127.0.0.1')\n",
        Dockerfile:
          'FROM node:22-slim\nRUN apt-get update && apt-get install -y nginx supervisor\nCOPY . .\nEXPOSE 80\nCMD ["supervisord", "-c", "/app/supervisord.conf"]\n'
      }
    ]
  ])('%s: none', (_label, files) => {
    expect(warned(files)).toEqual([])
  })
})

const FLASK_APP = (run: string): string =>
  `from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get("/health")\ndef health():\n    return "ok"\n\n\nif __name__ == "__main__":\n    ${run}\n`

describe('Python: the started file runs a server on its loopback default', () => {
  it.each([
    [
      'Flask app.run() with no host, started by the Procfile',
      {
        'requirements.txt': 'flask==3.0.0\n',
        Procfile: 'web: python app.py\n',
        'app.py': FLASK_APP('app.run(port=5000, debug=False)')
      },
      { file: 'app.py', line: 12 }
    ],
    [
      "uvicorn.run(app, host='127.0.0.1') of a FastAPI app started from its Dockerfile",
      {
        'requirements.txt': 'fastapi==0.110.0\nuvicorn==0.29.0\n',
        'main.py':
          'import uvicorn\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\nif __name__ == "__main__":\n    uvicorn.run(app, host="127.0.0.1", port=8000)\n',
        Dockerfile:
          'FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE 8000\nCMD ["python", "main.py"]\n'
      },
      { file: 'main.py', line: 7 }
    ]
  ])('%s: warned', (_label, files, at) => {
    expect(warned(files)).toEqual([at])
  })

  it.each([
    [
      "app.run(host='0.0.0.0')",
      {
        'requirements.txt': 'flask==3.0.0\n',
        Procfile: 'web: python app.py\n',
        'app.py': FLASK_APP("app.run(host='0.0.0.0', port=5000)")
      }
    ],
    [
      'a host-less app.run() for development while gunicorn serves production',
      {
        'requirements.txt': 'flask==3.0.0\ngunicorn==22.0.0\n',
        Procfile: 'web: gunicorn --bind 0.0.0.0:$PORT app:app\n',
        'app.py': FLASK_APP('app.run(debug=True)')
      }
    ]
  ])('%s: none', (_label, files) => {
    expect(warned(files)).toEqual([])
  })
})

describe('start commands: the own Dockerfile is warned, a generated image is fixed', () => {
  const FASTAPI = {
    'requirements.txt': 'fastapi==0.110.0\nuvicorn==0.29.0\n',
    'main.py':
      'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/healthz")\ndef health():\n    return {}\n'
  }

  it.each([
    ['uvicorn without --host', 'CMD ["uvicorn", "main:app", "--port", "8000"]'],
    [
      'gunicorn bound to 127.0.0.1',
      'CMD gunicorn -k uvicorn.workers.UvicornWorker -b 127.0.0.1:8000 main:app'
    ]
  ])('%s in the app’s Dockerfile: warned on the Dockerfile', (_label, cmd) => {
    const files = {
      ...FASTAPI,
      Dockerfile: `FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt gunicorn\nEXPOSE 8000\n${cmd}\n`
    }
    const app = primary(files)
    const w = app.warnings.filter(x => x.code === 'LISTENS_ON_LOCALHOST')
    expect(w.map(x => x.file)).toEqual(['Dockerfile'])
    expect(w[0]!.message).toContain(`the start command \`${app.startCommand.value}\``)
  })

  it.each([
    [
      'a Procfile uvicorn without --host',
      'web: uvicorn main:app --port $PORT\n',
      /--port \$PORT --host 0\.0\.0\.0/
    ],
    [
      'a Procfile hypercorn on localhost',
      'web: hypercorn main:app --bind localhost:8000\n',
      /"--bind", "0\.0\.0\.0:8000"/
    ]
  ])(
    '%s, no Dockerfile: not warned, the generated CMD listens on every interface',
    (_label, procfile, cmd) => {
      const app = primary({ ...FASTAPI, Procfile: procfile })
      expect(app.warnings.filter(x => x.code === 'LISTENS_ON_LOCALHOST')).toEqual([])
      const generated: Warning[] = []
      const text = generateDockerfile(app, { baseImageRegistry: null }, generated)!.text
      expect(text.split('\n').find(l => l.startsWith('CMD'))).toMatch(cmd)
    }
  )

  it('negative: the Dockerfile sets UVICORN_HOST for a host-less uvicorn', () => {
    const files = {
      ...FASTAPI,
      Dockerfile:
        'FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\nENV UVICORN_HOST=0.0.0.0\nCMD ["uvicorn", "main:app"]\n'
    }
    expect(warned(files)).toEqual([])
  })

  it('negative: supervisord runs nginx and a loopback gunicorn — neither warned nor rewritten', () => {
    const files = {
      ...FASTAPI,
      Dockerfile:
        'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y nginx supervisor\nCOPY . .\nEXPOSE 80\nCMD ["supervisord", "-n"]\n',
      'supervisord.conf': '[program:app]\ncommand=gunicorn -b 127.0.0.1:8000 main:app\n'
    }
    expect(warned(files)).toEqual([])
    expect(publicBind('supervisord -n')).toBe('supervisord -n')
  })

  it.each([
    ['uvicorn main:app', 'uvicorn main:app --host 0.0.0.0'],
    [
      'alembic upgrade head && uvicorn main:app --port 80',
      'alembic upgrade head && uvicorn main:app --port 80 --host 0.0.0.0'
    ],
    ['uvicorn main:app --host 127.0.0.1 --port 8000', 'uvicorn main:app --host 0.0.0.0 --port 8000'],
    ['gunicorn --bind=localhost:8000 app:app', 'gunicorn --bind=0.0.0.0:8000 app:app'],
    ['flask --app web run --port 5000', 'flask --app web run --port 5000 --host 0.0.0.0'],
    ['hypercorn app:app', 'hypercorn app:app --bind 0.0.0.0:$PORT'],
    ['rails server -b 127.0.0.1', 'rails server -b 0.0.0.0']
  ])('publicBind(%s)', (command, fixed) => {
    expect(publicBind(command)).toBe(fixed)
    expect(commandLoopbackBind(command)).not.toBeNull()
  })

  it.each([
    'uvicorn main:app --host 0.0.0.0 --port 8000',
    'uvicorn main:app --uds /tmp/app.sock',
    'gunicorn -b 0.0.0.0:8000 app:app',
    'node server.js',
    'uvicorn main:app > /var/log/app.log',
    'nginx -g "daemon off;" & gunicorn -b 127.0.0.1:8000 app:app'
  ])('%s: left as it is', command => {
    expect(publicBind(command)).toBe(command)
    expect(commandLoopbackBind(command)).toBeNull()
  })
})

const GO_MOD = 'module example.com/svc\n\ngo 1.22\n'

describe('Go: ListenAndServe on a loopback address', () => {
  it.each([
    [
      'net/http on 127.0.0.1',
      {
        'go.mod': GO_MOD,
        'main.go':
          'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {})\n\thttp.ListenAndServe("127.0.0.1:8080", nil)\n}\n'
      },
      { file: 'main.go', line: 7 }
    ],
    [
      'gin on localhost',
      {
        'go.mod': `${GO_MOD}\nrequire github.com/gin-gonic/gin v1.10.0\n`,
        'cmd/server/main.go':
          'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET("/ping", func(c *gin.Context) {})\n\tr.Run("localhost:8080")\n}\n'
      },
      { file: 'cmd/server/main.go', line: 8 }
    ]
  ])('%s: warned', (_label, files, at) => {
    expect(warned(files)).toEqual([at])
  })

  it.each([
    [
      'the server on ":8080" beside pprof on localhost:6060',
      {
        'go.mod': GO_MOD,
        'main.go':
          'package main\n\nimport "net/http"\n\nfunc main() {\n\tgo http.ListenAndServe("localhost:6060", nil)\n\thttp.ListenAndServe(":8080", nil)\n}\n'
      }
    ],
    [
      'a loopback listener in a _test.go file',
      {
        'go.mod': GO_MOD,
        'main.go':
          'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.ListenAndServe(":8080", nil)\n}\n',
        'main_test.go':
          'package main\n\nfunc TestX(t *testing.T) {\n\thttp.ListenAndServe("127.0.0.1:18080", nil)\n}\n'
      }
    ],
    [
      'a redis client option is no listener',
      {
        'go.mod': GO_MOD,
        'main.go':
          'package main\n\nfunc main() {\n\trdb := redis.NewClient(&redis.Options{Addr: "localhost:6379"})\n\t_ = rdb\n\thttp.ListenAndServe(":8080", nil)\n}\n'
      }
    ]
  ])('%s: none', (_label, files) => {
    expect(warned(files)).toEqual([])
  })
})

const CARGO = (deps: string): string =>
  `[package]\nname = "svc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}\n`

describe('Rust: bound to 127.0.0.1', () => {
  it.each([
    [
      'axum on SocketAddr::from(([127, 0, 0, 1], 3000))',
      {
        'Cargo.toml': CARGO('axum = "0.7"\ntokio = { version = "1", features = ["full"] }'),
        'src/main.rs':
          'use std::net::SocketAddr;\n\n#[tokio::main]\nasync fn main() {\n    let app = axum::Router::new();\n    let addr = SocketAddr::from(([127, 0, 0, 1], 3000));\n    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();\n    axum::serve(listener, app).await.unwrap();\n}\n'
      },
      { file: 'src/main.rs', line: 6 }
    ],
    [
      'actix on ("127.0.0.1", 8080)',
      {
        'Cargo.toml': CARGO('actix-web = "4"'),
        'src/main.rs':
          'use actix_web::{App, HttpServer};\n\n#[actix_web::main]\nasync fn main() -> std::io::Result<()> {\n    HttpServer::new(|| App::new())\n        .bind(("127.0.0.1", 8080))?\n        .run()\n        .await\n}\n'
      },
      { file: 'src/main.rs', line: 6 }
    ]
  ])('%s: warned', (_label, files, at) => {
    expect(warned(files)).toEqual([at])
  })

  it.each([
    [
      'actix on 0.0.0.0, a test module binding 127.0.0.1',
      {
        'Cargo.toml': CARGO('actix-web = "4"'),
        'src/main.rs':
          'use actix_web::{App, HttpServer};\n\n#[actix_web::main]\nasync fn main() -> std::io::Result<()> {\n    HttpServer::new(|| App::new()).bind(("0.0.0.0", 8080))?.run().await\n}\n\n#[cfg(test)]\nmod tests {\n    fn server() { let _ = std::net::TcpListener::bind("127.0.0.1:18080"); }\n}\n'
      }
    ],
    [
      'a loopback metrics server beside the app on Ipv4Addr::new(0, 0, 0, 0)',
      {
        'Cargo.toml': CARGO('actix-web = "4"'),
        'src/main.rs':
          'use std::net::{Ipv4Addr, SocketAddrV4};\n\n#[actix_web::main]\nasync fn main() {\n    let metrics = SocketAddrV4::new(Ipv4Addr::LOCALHOST, 9464);\n    let addr = SocketAddrV4::new(Ipv4Addr::new(0, 0, 0, 0), 9090);\n}\n'
      }
    ]
  ])('%s: none', (_label, files) => {
    expect(warned(files)).toEqual([])
  })
})

const POM = (deps: string): string =>
  `<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>svc</artifactId><version>1</version><dependencies>${deps}</dependencies><build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>`
const SPRING = POM(
  '<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>'
)
const KTOR_GRADLE =
  'plugins {\n    kotlin("jvm") version "1.9.24"\n    application\n}\n\napplication { mainClass.set("org.acme.ApplicationKt") }\n\ndependencies {\n    implementation("io.ktor:ktor-server-netty:2.3.12")\n}\n'

describe('JVM: a server or Spring Boot bound to loopback', () => {
  it.each([
    [
      'Spring Boot with server.address=127.0.0.1',
      {
        'pom.xml': SPRING,
        'src/main/java/org/example/App.java': 'class App {}\n',
        'src/main/resources/application.properties': 'server.port=8081\nserver.address=127.0.0.1\n'
      },
      { file: 'src/main/resources/application.properties', line: 2 }
    ],
    [
      'Ktor embeddedServer with host = "127.0.0.1"',
      {
        'build.gradle.kts': KTOR_GRADLE,
        'src/main/kotlin/org/acme/Application.kt':
          'package org.acme\n\nimport io.ktor.server.engine.*\nimport io.ktor.server.netty.*\n\nfun main() {\n    embeddedServer(Netty, port = 8080, host = "127.0.0.1") {}.start(wait = true)\n}\n'
      },
      { file: 'src/main/kotlin/org/acme/Application.kt', line: 7 }
    ]
  ])('%s: warned', (_label, files, at) => {
    expect(warned(files)).toEqual([at])
  })

  it.each([
    [
      'a development profile binding localhost',
      {
        'pom.xml': SPRING,
        'src/main/java/org/example/App.java': 'class App {}\n',
        'src/main/resources/application-dev.properties': 'server.address=localhost\n'
      }
    ],
    [
      'Ktor on 0.0.0.0',
      {
        'build.gradle.kts': KTOR_GRADLE,
        'src/main/kotlin/org/acme/Application.kt':
          'package org.example\n\nfun main() {\n    embeddedServer(Netty, port = 8080, host = "0.0.0.0") {}.start(wait = true)\n}\n'
      }
    ]
  ])('%s: none', (_label, files) => {
    expect(warned(files)).toEqual([])
  })
})

// holdout30 ckan: the production uWSGI ini binds `http = 127.0.0.1:8080` (an nginx in front on the same host);
// started as `uwsgi --ini <file>`, the container would answer nobody. The ini's line is the evidence.
describe('uWSGI: the started ini serves HTTP on loopback', () => {
  const flask = {
    'requirements.txt': 'flask==3.1.0\n',
    'portal/__init__.py': 'from flask import Flask\n\ndef make_app():\n    return Flask(__name__)\n',
    'wsgi.py': 'from portal import make_app\napplication = make_app()\n'
  }
  const django = {
    'requirements.txt': 'django==5.1\nuwsgi==2.0.28\n',
    'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
    'site/__init__.py': '',
    'site/settings.py': 'ROOT_URLCONF = "site.urls"\n',
    'site/wsgi.py':
      'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n'
  }

  it.each([
    [
      'a Flask portal whose production ini is its start (no Dockerfile)',
      {
        ...flask,
        'portal-uwsgi.ini':
          '[uwsgi]\n\nhttp            =  127.0.0.1:8080\nmodule = wsgi:application\nmaster = true\n'
      },
      { file: 'portal-uwsgi.ini', line: 3 }
    ],
    [
      'a Django app whose own Dockerfile starts `uwsgi -i deploy/uwsgi.ini` on localhost',
      {
        ...django,
        'deploy/uwsgi.ini': '[uwsgi]\nmodule = site.wsgi:application\nhttp-socket = localhost:9000\n',
        Dockerfile:
          'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE 9000\nCMD ["uwsgi", "-i", "deploy/uwsgi.ini"]\n'
      },
      { file: 'deploy/uwsgi.ini', line: 3 }
    ]
  ])('%s: warned', (_label, files, at) => {
    expect(warned(files)).toEqual([at])
  })

  it.each([
    [
      'an ini on every interface',
      { ...flask, 'portal-uwsgi.ini': '[uwsgi]\nhttp = :8080\nmodule = wsgi:application\n' }
    ],
    [
      'a loopback `http` beside a public `http-socket`',
      {
        ...django,
        'uwsgi.ini':
          '[uwsgi]\nhttp = 127.0.0.1:9001\nhttp-socket = 0.0.0.0:9000\nmodule = site.wsgi:application\n'
      }
    ],
    [
      'a loopback address outside the [uwsgi] section',
      {
        ...flask,
        'portal-uwsgi.ini':
          '[metrics]\nhttp = 127.0.0.1:9100\n\n[uwsgi]\nhttp = :8080\nmodule = wsgi:application\n'
      }
    ]
  ])('%s: none', (_label, files) => {
    expect(warned(files)).toEqual([])
  })
})
