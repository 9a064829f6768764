// Go web frameworks as data, keyed by module path. Plain net/http reports framework `none`.
import type { FrameworkSpec } from '../../framework.js'

export const GO_FRAMEWORKS: readonly FrameworkSpec[] = [
  {
    id: 'gin',
    name: 'Gin',
    language: 'go',
    dependencies: ['github.com/gin-gonic/gin'],
    specificity: 0.95,
    kind: 'server',
    port: 8080
  },
  {
    id: 'echo',
    name: 'Echo',
    language: 'go',
    dependencies: ['github.com/labstack/echo/v4', 'github.com/labstack/echo/v5', 'github.com/labstack/echo'],
    specificity: 0.95,
    kind: 'server',
    port: 8080
  },
  {
    id: 'fiber',
    name: 'Fiber',
    language: 'go',
    dependencies: ['github.com/gofiber/fiber/v2', 'github.com/gofiber/fiber/v3', 'github.com/gofiber/fiber'],
    specificity: 0.95,
    kind: 'server',
    port: 3000
  },
  {
    id: 'chi',
    name: 'chi',
    language: 'go',
    dependencies: ['github.com/go-chi/chi/v5', 'github.com/go-chi/chi'],
    specificity: 0.9,
    kind: 'server',
    port: 8080
  },
  {
    id: 'gorilla-mux',
    name: 'Gorilla mux',
    language: 'go',
    dependencies: ['github.com/gorilla/mux'],
    specificity: 0.85,
    kind: 'server',
    port: 8080
  },
  {
    id: 'beego',
    name: 'Beego',
    language: 'go',
    dependencies: ['github.com/beego/beego/v2', 'github.com/astaxie/beego'],
    specificity: 0.95,
    kind: 'server',
    port: 8080
  },
  {
    id: 'iris',
    name: 'Iris',
    language: 'go',
    dependencies: ['github.com/kataras/iris/v12'],
    specificity: 0.95,
    kind: 'server',
    port: 8080
  },
  {
    id: 'hertz',
    name: 'Hertz',
    language: 'go',
    dependencies: ['github.com/cloudwego/hertz'],
    specificity: 0.95,
    kind: 'server',
    port: 8888
  }
]

/** Port used when a Go server names none we can read (the common `:8080` convention). */
export const GO_DEFAULT_PORT = 8080
