// Phoenix scopes are blocks: nested scopes join their paths, and a scope piping through an authentication
// pipeline hides its routes from an anonymous probe (holdout35 trento-web: `scope "/api" do` around
// `scope "/v1"`, with :protected_api; the public `scope "/api"` holds /healthz and /readyz).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { phoenixScopeLines } from '../../../../src/analyzer/ecosystems/elixir/phoenix-scopes.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const mix = (app: string) =>
  `defmodule ${app}.MixProject do\n  use Mix.Project\n  def project, do: [app: :${app.toLowerCase()}, deps: deps()]\n  defp deps, do: [{:phoenix, "~> 1.7"}, {:plug_cowboy, "~> 2.7"}]\nend\n`

const inventoryRouter = [
  'defmodule InventoryWeb.Router do',
  '  use InventoryWeb, :router',
  '',
  '  pipeline :api do',
  '    plug :accepts, ["json"]',
  '  end',
  '',
  '  pipeline :protected_api do',
  '    plug InventoryWeb.AuthPlug',
  '  end',
  '',
  '  scope "/api", InventoryWeb do',
  '    pipe_through :api',
  '    get "/healthz", HealthController, :health',
  '  end',
  '',
  '  scope "/api" do',
  '    pipe_through [:api, :protected_api]',
  '',
  '    scope "/v1", InventoryWeb.V1 do',
  '      get "/hosts", HostController, :list',
  '      get "/hosts/health", HealthOverviewController, :overview',
  '    end',
  '  end',
  'end',
  ''
].join('\n')

const booksRouter = [
  'defmodule BooksWeb.Router do',
  '  use BooksWeb, :router',
  '',
  '  pipeline :browser do',
  '    plug :fetch_session',
  '  end',
  '',
  '  scope "/", BooksWeb do',
  '    pipe_through [:browser, :require_authenticated_user]',
  '    get "/status", StatusController, :index',
  '  end',
  '',
  '  scope "/internal" do',
  '    scope "/probe", BooksWeb do',
  '      get "/ready", ProbeController, :ready',
  '    end',
  '  end',
  'end',
  ''
].join('\n')

describe('phoenixScopeLines', () => {
  test('joins nested scope paths and closes them at their own end', () => {
    const lines = phoenixScopeLines(inventoryRouter)
    expect(lines[13]).toEqual({ prefix: '/api', protected: false })
    expect(lines[20]).toEqual({ prefix: '/api/v1', protected: true })
    expect(lines[24]).toEqual({ prefix: '', protected: false })
    const books = phoenixScopeLines(booksRouter)
    expect(books[9]).toEqual({ prefix: '', protected: true })
    expect(books[14]).toEqual({ prefix: '/internal/probe', protected: false })
  })
})

describe('Phoenix health routes through nested and protected scopes', () => {
  test('two apps: the public health route with its full path; protected routes are dropped', () => {
    const inv = analyze(
      treeFromFiles({ 'mix.exs': mix('Inventory'), 'lib/inventory_web/router.ex': inventoryRouter })
    ).apps[0]!
    expect(inv.framework.value).toBe('phoenix')
    expect(inv.healthPath.value).toBe('/api/healthz')
    expect(inv.healthPath.evidence[0]).toEqual({
      file: 'lib/inventory_web/router.ex',
      line: 14,
      text: 'get "/healthz", HealthController, :health'
    })
    expect(inv.healthPath.alternatives?.map(a => a.value) ?? []).not.toContain('/api/v1/hosts/health')
    const books = analyze(treeFromFiles({ 'mix.exs': mix('Books'), 'lib/books_web/router.ex': booksRouter }))
      .apps[0]!
    expect(books.framework.value).toBe('phoenix')
    expect(books.healthPath.value).toBe('/internal/probe/ready')
    expect(books.healthPath.evidence[0]?.line).toBe(15)
  })
  test('negative: a protected health route is no router candidate (only the low fallback scan may name it)', () => {
    const onlyProtected = booksRouter.replace(/ {2}scope "\/internal" do[\s\S]*?\n {2}end\n/, '')
    const books = analyze(
      treeFromFiles({ 'mix.exs': mix('Books'), 'lib/books_web/router.ex': onlyProtected })
    ).apps[0]!
    expect(books.healthPath.source).not.toBe('lib/books_web/router.ex router')
    expect(books.healthPath.confidence).toBeLessThan(0.85)
  })
})
