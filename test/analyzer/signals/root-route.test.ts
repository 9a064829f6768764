// The constant root GET of an API-only server as the last health fallback (signals/root-route.ts): the
// shapes of held-out misses (an Express `app.get('/')` sending a welcome string, a Nest root controller, a
// FastAPI router's `get("/")`, an axum `get_root`) and the roots that must stay unprobed (pages, database
// reads, authenticated roots, SPAs, roots under a prefix, apps with a health route of their own).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { HEALTH } from '../../../src/analyzer/precedence.js'
import {
  announcesService,
  constantBody,
  rootRouteCandidates
} from '../../../src/analyzer/signals/root-route.js'

type Files = Record<string, string>

const primary = (files: Files) => {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)!
}

const pkg = (deps: Record<string, string>, start = 'node index.js') =>
  JSON.stringify({ name: 'api', version: '1.0.0', scripts: { start }, dependencies: deps })

const express = (index: string): Files => ({
  'package.json': pkg({ express: '^4.19.0' }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'index.js': index
})

const fastapi = (files: Files): Files => ({
  'requirements.txt': 'fastapi==0.110.0\nuvicorn==0.29.0\n',
  'main.py':
    'from fastapi import FastAPI\nfrom routes import home\n\napp = FastAPI()\napp.include_router(home.router)\n',
  ...files
})

const axum = (main: string): Files => ({
  'Cargo.toml':
    '[package]\nname = "api"\nversion = "3.0.0"\nedition = "2021"\n\n[dependencies]\naxum = "0.6"\ntokio = "1"\n',
  'src/main.rs': main
})

describe('end to end: a constant root GET becomes the health path', () => {
  test('Express: app.get("/") sending a welcome string (chartbrew shape)', () => {
    const app = primary(
      express(
        "const express = require('express')\nconst app = express()\napp.use(cors())\n\napp.get(\"/\", (req, res) => {\n  return res.send(\"Welcome to the user API\");\n});\n\napp.use('/uploads', express.static('uploads'))\napp.listen(4019)\n"
      )
    )
    expect(app.framework.value).toBe('express')
    expect(app.healthPath.value).toBe('/')
    expect(app.healthPath.confidence).toBe(HEALTH.constantRoot)
    expect(app.healthPath.source).toMatch(
      /^no health route: the root GET \(app\.get\('\/'\)\) answers a constant/
    )
    expect(app.healthPath.source).toMatch(/API-only server/)
    expect(app.healthPath.evidence).toEqual([
      { file: 'index.js', line: 5, text: 'app.get("/", (req, res) => {' }
    ])
  })

  test('Express: an app passed in as a parameter answering server info as JSON (cobalt shape)', () => {
    const app = primary({
      ...express(
        "const express = require('express')\nconst { runAPI } = require('./api')\nrunAPI(express, express())\n"
      ),
      'api.js':
        "const serverInfo = { version: '10' }\nexports.runAPI = (express, app) => {\n  app.get('/', (_, res) => {\n    res.type('json');\n    res.status(200).send(serverInfo);\n  })\n  app.get('/*', (req, res) => res.redirect('/'))\n  app.listen(9000)\n}\n"
    })
    expect(app.healthPath.value).toBe('/')
    expect(app.healthPath.evidence).toEqual([{ file: 'api.js', line: 3, text: "app.get('/', (_, res) => {" }])
  })

  test('Nest: @Controller("/") @Get("/") returning a string (postiz shape)', () => {
    const app = primary({
      'package.json': pkg({ '@nestjs/core': '^10.0.0', '@nestjs/common': '^10.0.0' }, 'node dist/main.js'),
      'package-lock.json': '{"lockfileVersion": 3}',
      'src/main.ts':
        "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  await app.listen(3000)\n}\nbootstrap()\n",
      'src/root.controller.ts':
        "import { Controller, Get } from '@nestjs/common';\n@Controller('/')\nexport class RootController {\n  @Get('/')\n  getRoot(): string {\n    return 'App is running!';\n  }\n}\n"
    })
    expect(app.framework.value).toBe('nestjs')
    expect(app.healthPath.value).toBe('/')
    expect(app.healthPath.source).toMatch(/Nest @Controller\(\) @Get\(\)/)
    expect(app.healthPath.evidence).toEqual([{ file: 'src/root.controller.ts', line: 4, text: "@Get('/')" }])
  })

  test('FastAPI: a router included without a prefix whose get("/") returns a fixed message', () => {
    const app = primary(
      fastapi({
        'routes/__init__.py': '',
        'routes/home.py':
          'from fastapi import APIRouter\nfrom fastapi.responses import HTMLResponse\n\nrouter = APIRouter()\n\n\n@router.get("/")\nasync def get_status():\n    return HTMLResponse(\n        content="<h3>Your backend is running correctly. Please open the front-end.</h3>"\n    )\n'
      })
    )
    expect(app.framework.value).toBe('fastapi')
    expect(app.healthPath.value).toBe('/')
    expect(app.healthPath.source).toMatch(/@router\.get\("\/"\)/)
    expect(app.healthPath.evidence).toEqual([{ file: 'routes/home.py', line: 7, text: '@router.get("/")' }])
  })

  test('Flask: @app.route("/") returning a dict', () => {
    const app = primary({
      'requirements.txt': 'Flask==3.0.0\ngunicorn==22.0.0\n',
      'app.py':
        'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index():\n    return {"service": "translate", "status": "up"}\n'
    })
    expect(app.framework.value).toBe('flask')
    expect(app.healthPath.value).toBe('/')
    expect(app.healthPath.evidence).toEqual([{ file: 'app.py', line: 6, text: '@app.route("/")' }])
  })

  test('axum: .route("/", get(get_root)) formatting the package version (crab fit shape)', () => {
    const app = primary(
      axum(
        'use axum::{routing::{get, post}, Router};\n\n#[tokio::main]\nasync fn main() {\n    let app = Router::new()\n        .route("/", get(get_root))\n        .route("/event", post(create_event));\n    axum::Server::bind(&"0.0.0.0:3000".parse().unwrap()).serve(app.into_make_service()).await.unwrap();\n}\n\nasync fn get_root() -> String {\n    format!("Crab Fit API v{}", env!("CARGO_PKG_VERSION"))\n}\n'
      )
    )
    expect(app.healthPath.value).toBe('/')
    expect(app.healthPath.source).toMatch(/axum \.route\("\/", get\(get_root\)\)/)
    expect(app.healthPath.evidence).toEqual([
      { file: 'src/main.rs', line: 6, text: '.route("/", get(get_root))' }
    ])
  })
})

describe('rootRouteCandidates on more shapes', () => {
  const candidates = (files: Files) =>
    rootRouteCandidates(Object.keys(files), p => files[p] ?? null).map(c => c.value)

  test('Nest: a root handler returning one service call is followed into that method (no database there)', () => {
    const files = {
      'src/home/home.controller.ts':
        '@Controller()\nexport class HomeController {\n  constructor(private readonly service: HomeService) {}\n\n  @Get()\n  appInfo() {\n    return this.service.appInfo();\n  }\n}\n',
      'src/home/home.service.ts':
        "@Injectable()\nexport class HomeService {\n  constructor(private readonly configService: ConfigService) {}\n\n  appInfo() {\n    return { name: this.configService.get('app.name') };\n  }\n}\n"
    }
    expect(candidates(files)).toEqual(['/'])
    const db = {
      ...files,
      'src/home/home.service.ts': files['src/home/home.service.ts'].replace(
        "{ name: this.configService.get('app.name') }",
        'this.repository.count()'
      )
    }
    expect(candidates(db)).toEqual([])
  })

  test('Nest: a global prefix moves the root controller, unless it excludes "/"', () => {
    const controller =
      "@Controller()\nexport class HomeController {\n  @Get()\n  info() {\n    return { name: 'api' }\n  }\n}\n"
    // The root controller answers at the prefix: /api is the API's own root (see the held-out tests below).
    expect(
      candidates({ 'src/main.ts': "app.setGlobalPrefix('api')\n", 'src/home.controller.ts': controller })
    ).toEqual(['/api'])
    expect(
      candidates({
        'src/main.ts': "app.setGlobalPrefix(prefix, {\n  exclude: ['/'],\n})\n",
        'src/home.controller.ts': controller
      })
    ).toEqual(['/'])
  })

  test('Hono and actix roots', () => {
    expect(
      candidates({
        'src/index.ts': "const api = new Hono()\napi.get('/', (c) => c.text('ok'))\nexport default api\n"
      })
    ).toEqual(['/'])
    expect(
      candidates({
        'src/main.rs':
          '#[get("/")]\nasync fn index() -> impl Responder {\n    HttpResponse::Ok().body("running")\n}\n'
      })
    ).toEqual(['/'])
  })

  test('negative: a router mounted elsewhere, or a router with a prefix, is not the root', () => {
    expect(
      candidates({
        'routes.js': "const router = express.Router()\nrouter.get('/', (req, res) => res.send('hi'))\n"
      })
    ).toEqual([])
    expect(
      candidates({
        'api/home.py':
          'router = APIRouter(prefix="/api")\n\n@router.get("/")\ndef root():\n    return {"ok": True}\n'
      })
    ).toEqual([])
    expect(
      candidates({
        'main.py': 'app.include_router(home.router, prefix="/v1")\n',
        'home.py': 'router = APIRouter()\n\n@router.get("/")\ndef root():\n    return {"ok": True}\n'
      })
    ).toEqual([])
  })

  test('negative: two different root handlers say nothing certain', () => {
    expect(
      candidates({
        'a.js': "app.get('/', (req, res) => res.send('a'))\n",
        'b.py': '@app.get("/")\ndef root():\n    return "b"\n'
      })
    ).toEqual([])
  })
})

describe('negative: roots that are no cheap probe', () => {
  test('a page-rendering root (Express res.render, Flask render_template)', () => {
    const ex = primary(
      express(
        "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => {\n  res.render('index', { title: 'Home' })\n})\napp.listen(3000)\n"
      )
    )
    expect(ex.healthPath.value).toBeNull()
    const fl = primary({
      'requirements.txt': 'Flask==3.0.0\n',
      'app.py':
        'from flask import Flask, render_template\napp = Flask(__name__)\n\n@app.route("/")\ndef index():\n    return render_template("index.html")\n'
    })
    expect(fl.healthPath.value).toBeNull()
  })

  test('a root that touches the database (await db.query, a FastAPI Depends(get_db))', () => {
    const ex = primary(
      express(
        "const express = require('express')\nconst app = express()\napp.get('/', async (req, res) => {\n  const n = await db.query('select 1')\n  res.json({ n })\n})\napp.listen(3000)\n"
      )
    )
    expect(ex.healthPath.value).toBeNull()
    const fa = primary(
      fastapi({
        'routes/home.py':
          'router = APIRouter()\n\n@router.get("/")\ndef root(db: Session = Depends(get_db)):\n    return {"ok": True}\n'
      })
    )
    expect(fa.healthPath.value).toBeNull()
  })

  test('an authenticated root (Nest @UseGuards, Flask @login_required, a handler reading req.user)', () => {
    const nest = primary({
      'package.json': pkg({ '@nestjs/core': '^10.0.0' }, 'node dist/main.js'),
      'src/main.ts': 'const app = await NestFactory.create(AppModule)\nawait app.listen(3000)\n',
      'src/root.controller.ts':
        "@Controller()\nexport class RootController {\n  @Get()\n  @UseGuards(AuthGuard('jwt'))\n  root() {\n    return 'hi'\n  }\n}\n"
    })
    expect(nest.healthPath.value).toBeNull()
    const fl = primary({
      'requirements.txt': 'Flask==3.0.0\n',
      'app.py':
        'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/")\n@login_required\ndef index():\n    return "hello"\n'
    })
    expect(fl.healthPath.value).toBeNull()
    const ex = primary(
      express(
        "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.send(`hi ${req.user.name}`))\napp.listen(3000)\n"
      )
    )
    expect(ex.healthPath.value).toBeNull()
  })

  test('a SPA or static files at the root (express.static, FastAPI StaticFiles at "/", a served index.html)', () => {
    const ex = primary(
      express(
        "const express = require('express')\nconst app = express()\napp.use(express.static('dist'))\napp.get('/', (req, res) => res.send('api'))\napp.listen(3000)\n"
      )
    )
    expect(ex.healthPath.value).toBeNull()
    const fa = primary({
      'requirements.txt': 'fastapi==0.110.0\nuvicorn==0.29.0\n',
      'main.py':
        'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/")\ndef root():\n    return {"ok": True}\n\napp.mount("/", StaticFiles(directory="dist", html=True))\n'
    })
    expect(fa.healthPath.value).toBeNull()
    const spa = primary(
      express(
        "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.send(indexHTML))\napp.listen(3000)\n"
      )
    )
    expect(spa.healthPath.value).toBeNull()
  })

  test('a dedicated health route wins over the constant root', () => {
    const app = primary(
      express(
        "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.send('api'))\napp.get('/healthz', (req, res) => res.send('ok'))\napp.listen(3000)\n"
      )
    )
    expect(app.healthPath.value).toBe('/healthz')
  })
})

describe('constantBody', () => {
  test.each([
    ["return res.send('Welcome to the user API');", true],
    ['    return {"status": "up"}', true],
    ['format!("API v{}", env!("CARGO_PKG_VERSION"))', true],
    ["res.render('home')", false],
    ['return await prisma.user.count()', false],
    ['return request.session["id"]', false],
    ['return redirect("/login")', false],
    ['res.sendFile(path.join(__dirname, "index.html"))', false],
    ['', false]
  ])('constantBody(%j) = %s', (body, expected) => {
    expect(constantBody(body)).toBe(expected)
  })
})

describe('constantBody reads what strings interpolate', () => {
  test.each([
    ['res.send(`hi ${req.user.name}`)', false],
    ['return f"hi {current_user.name}"', false],
    ['res.send(`API ${version}`)', true],
    ['return f"API {VERSION}"', true]
  ])('constantBody(%j) = %s', (body, expected) => {
    expect(constantBody(body)).toBe(expected)
  })
})

describe('announcesService', () => {
  test.each([
    ["return 'App is running!';", '', true],
    ['return res.send("Welcome to chartBrew server API");', '', true],
    ["res.type('json');\n    res.status(200).send(env.envFile ? getServerInfo() : serverInfo);", '', true],
    ["return { name: this.configService.get('app.name') };", 'appInfo', true],
    ['format!("Crab Fit API v{}", env!("CARGO_PKG_VERSION"))', 'get_root', true],
    ['return {"status": "up"}', 'root', true],
    // A handler named for liveness, whatever it says (holdout42 tuwunel), and the classic "It works!".
    ['"hewwo from tuwunel woof!"', 'it_works', true],
    ["return 'It works!'", 'index', true],
    ['"Hi from the gateway"', 'itWorks', true]
  ])('announcesService(%j, %j) = %s', (body, handler, expected) => {
    expect(announcesService(body, handler)).toBe(expected)
  })

  test.each([
    ["return 'Hello World!';", 'getHello'],
    ['return {"message": "Hello World"}', 'root'],
    ["return 'Hello, World!'", 'hello_world'],
    // A landing text about how the product works, from a handler named otherwise.
    ["return 'Learn how it works at example.org'", 'landing_works'],
    // A key names no answer; a logger call is no info value.
    ['return {"info": "This is the index page. You probably want to go to /docs."}', 'index'],
    ["logger.info({ logField: 'custom-entry' });\n  res.send(`Hello ${name}!`)", ''],
    // Comments say nothing of the answer (a Cloud Run template's root: logging, then a greeting).
    [
      "// Use basic logger without HTTP request info\n  logger.info({ logField: 'x' }); // structured logging\n  res.send('Hello World!');",
      ''
    ]
  ])('negative: announcesService(%j, %j) = false (a placeholder or landing text)', (body, handler) => {
    expect(announcesService(body, handler)).toBe(false)
  })
})

describe('negative end to end: scaffold greetings and pages at the root', () => {
  test('an Express and a Flask hello world, a Nest starter: no health path', () => {
    expect(
      primary(
        express(
          "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.send('Hello World!'))\napp.listen(3000)\n"
        )
      ).healthPath.value
    ).toBeNull()
    expect(
      primary({
        'requirements.txt': 'Flask==3.0.0\n',
        'app.py':
          "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/')\ndef hello_world():\n    return 'Hello, World!'\n"
      }).healthPath.value
    ).toBeNull()
    expect(
      primary({
        'package.json': pkg({ '@nestjs/core': '^10.0.0' }, 'node dist/main.js'),
        'src/main.ts': 'const app = await NestFactory.create(AppModule)\nawait app.listen(3000)\n',
        'src/app.controller.ts':
          '@Controller()\nexport class AppController {\n  constructor(private readonly appService: AppService) {}\n\n  @Get()\n  getHello(): string {\n    return this.appService.getHello();\n  }\n}\n',
        'src/app.service.ts':
          "@Injectable()\nexport class AppService {\n  getHello(): string {\n    return 'Hello World!';\n  }\n}\n"
      }).healthPath.value
    ).toBeNull()
  })

  test('an HTML page sent from a constant or built from the request', () => {
    expect(
      primary(
        express(
          "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.type('html').send(html))\napp.listen(3000)\n"
        )
      ).healthPath.value
    ).toBeNull()
    expect(
      primary(
        express(
          "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => getHtml(req, res))\napp.listen(3000)\n"
        )
      ).healthPath.value
    ).toBeNull()
  })
})

// holdout36 (laudspeaker, reiverr): a Nest API moved under a global prefix so that the client's files can have
// `/` (ServeStaticModule beside it) still has a root of its own, at the prefix.
describe('Nest root controller under a literal global prefix', () => {
  const nest = (files: Files): Files => ({
    'package.json': pkg(
      { '@nestjs/core': '^10.0.0', '@nestjs/common': '^10.0.0', '@nestjs/serve-static': '^4.0.0' },
      'node dist/main.js'
    ),
    'package-lock.json': '{"lockfileVersion": 3}',
    ...files
  })
  const laudspeakerShape = nest({
    'src/main.ts':
      "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  if (process.env.SERVE_CLIENT_FROM_NEST) app.setGlobalPrefix('api');\n  await app.listen(3001)\n}\nbootstrap()\n",
    'src/app.module.ts':
      "import { ServeStaticModule } from '@nestjs/serve-static'\n@Module({\n  imports: [ServeStaticModule.forRoot({ rootPath: process.env.CLIENT_PATH })],\n  controllers: [AppController],\n})\nexport class AppModule {}\n",
    'src/app.controller.ts':
      "import { Controller, Get } from '@nestjs/common'\nimport { randomUUID } from 'crypto'\n@Controller()\nexport class AppController {\n  @Get()\n  root() {\n    const session = randomUUID();\n    this.debug(`GET / `, this.root.name, session);\n    return 'acme API v 1.0';\n  }\n}\n"
  })

  test('laudspeaker shape: ServeStaticModule at /, a conditional prefix, a root naming the API → /api', () => {
    const app = primary(laudspeakerShape)
    expect(app.framework.value).toBe('nestjs')
    expect(app.port.value).toBe(3001)
    expect(app.healthPath.value).toBe('/api')
    expect(app.healthPath.confidence).toBe(HEALTH.constantRoot)
    expect(app.healthPath.source).toMatch(/under the global prefix \/api answers a constant/)
    expect(app.healthPath.source).toMatch(/the files served at \/ do not shadow it/)
    expect(app.healthPath.evidence).toEqual([
      {
        file: 'src/main.ts',
        line: 5,
        text: "if (process.env.SERVE_CLIENT_FROM_NEST) app.setGlobalPrefix('api');"
      },
      { file: 'src/app.controller.ts', line: 5, text: '@Get()' }
    ])
  })

  test('a nested literal prefix and a status answer, no static files → /api/v1', () => {
    const app = primary(
      nest({
        'src/main.ts':
          "const app = await NestFactory.create(AppModule)\napp.setGlobalPrefix('/api/v1/', { exclude: ['metrics'] })\nawait app.listen(4000)\n",
        'src/home.controller.ts':
          "@Controller()\nexport class HomeController {\n  @Get()\n  status() {\n    return { status: 'running' }\n  }\n}\n"
      })
    )
    expect(app.framework.value).toBe('nestjs')
    expect(app.port.value).toBe(4000)
    expect(app.healthPath.value).toBe('/api/v1')
    expect(app.healthPath.source).not.toMatch(/files served at/)
    expect(app.healthPath.evidence).toEqual([
      { file: 'src/main.ts', line: 2, text: "app.setGlobalPrefix('/api/v1/', { exclude: ['metrics'] })" },
      { file: 'src/home.controller.ts', line: 3, text: '@Get()' }
    ])
  })

  test('negative: the scaffold greeting under the prefix beside ServeStaticModule (reiverr shape) stays unprobed', () => {
    const app = primary(
      nest({
        'src/main.ts':
          "const app = await NestFactory.create(AppModule)\napp.setGlobalPrefix('api')\nawait app.listen(9494)\n",
        'src/app.module.ts':
          "@Module({ imports: [ServeStaticModule.forRoot({ rootPath: join(__dirname, '../dist') })] })\nexport class AppModule {}\n",
        'src/app.controller.ts':
          '@Controller()\nexport class AppController {\n  constructor(private readonly appService: AppService) {}\n\n  @Get()\n  getHello(): string {\n    return this.appService.getHello();\n  }\n}\n',
        'src/app.service.ts':
          "@Injectable()\nexport class AppService {\n  getHello(): string {\n    return 'Hello World!';\n  }\n}\n"
      })
    )
    expect(app.framework.value).toBe('nestjs')
    expect(app.port.value).toBe(9494)
    expect(app.healthPath.value).toBeNull()
  })

  test('negative: a prefix computed at run time names no path; a local read from the request is a read', () => {
    const computed = primary({
      ...laudspeakerShape,
      'src/main.ts':
        "const app = await NestFactory.create(AppModule)\napp.setGlobalPrefix(config.get('prefix'))\nawait app.listen(3001)\n"
    })
    expect(computed.framework.value).toBe('nestjs')
    expect(computed.healthPath.value).toBeNull()
    const readsUser = primary({
      ...laudspeakerShape,
      'src/app.controller.ts':
        '@Controller()\nexport class AppController {\n  @Get()\n  root(@Req() req) {\n    const who = req.user;\n    return `acme API for ${who}`;\n  }\n}\n'
    })
    expect(readsUser.healthPath.value).toBeNull()
  })
})
