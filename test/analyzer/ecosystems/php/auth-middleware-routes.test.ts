// A route declared behind authentication on its own line answers 401/302 to a probe: holdout20 FreeScout's
// `Route::get('/system/status', ['uses' => …, 'middleware' => ['auth', 'roles']])` is an admin page, no health path.
import { phpProvider } from '../../../../src/analyzer/ecosystems/php/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { declaresAuthMiddleware } from '../../../../src/analyzer/signals/health-fallback.js'
import { analyzeWith } from '../helpers.js'

const php = phpProvider as Provider<unknown>
const laravel = (web: string): Record<string, string> => ({
  'composer.json': JSON.stringify({ require: { php: '^7.1', 'laravel/framework': '5.5.*' } }),
  'composer.lock': '{}',
  artisan: '#!/usr/bin/env php\n',
  'public/index.php': '<?php\n',
  'routes/web.php': `<?php\n\nRoute::get('/', 'HomeController@index');\n${web}`
})

describe('declaresAuthMiddleware', () => {
  test('auth, role, permission and can: gates in an action array or a middleware() call', () => {
    expect(
      declaresAuthMiddleware(
        "Route::get('/system/status', ['uses' => 'SystemController@status', 'middleware' => ['auth', 'roles']])"
      )
    ).toBe(true)
    expect(
      declaresAuthMiddleware("Route::get('/status', StatusController::class)->middleware('auth:sanctum');")
    ).toBe(true)
    expect(declaresAuthMiddleware("Route::middleware(['web', 'auth'])->get('/health', fn () => 'ok');")).toBe(
      true
    )
    expect(declaresAuthMiddleware("Route::get('/ping', fn () => 'ok')->middleware('can:view-system');")).toBe(
      true
    )
  })
  test('negative: other middleware, or none', () => {
    expect(declaresAuthMiddleware("Route::get('/health', fn () => 'ok')->middleware('throttle:60,1');")).toBe(
      false
    )
    expect(
      declaresAuthMiddleware("Route::get('/up', ['uses' => 'HealthController@up', 'middleware' => ['web']]);")
    ).toBe(false)
    expect(declaresAuthMiddleware("Route::get('/health', fn () => 'ok');")).toBe(false)
    expect(declaresAuthMiddleware("Route::get('/author', fn () => 'ok')->middleware('guest');")).toBe(false)
  })
})

describe('Laravel routes behind authentication are no health path', () => {
  test("FreeScout shape: /system/status behind 'middleware' => ['auth', 'roles']", () => {
    const { value } = analyzeWith(
      php,
      laravel(
        "Route::get('/system/status', ['uses' => 'SystemController@status', 'middleware' => ['auth', 'roles'], 'roles' => ['admin']])->name('system');\n"
      )
    )
    expect(value('framework')).toBe('laravel')
    expect(value('healthPath')).toBeNull()
  })
  test("->middleware('auth:sanctum') on /health, beside an open /ping that wins", () => {
    const { value } = analyzeWith(
      php,
      laravel(
        "Route::get('/health', 'HealthController@show')->middleware('auth:sanctum');\nRoute::get('/ping', fn () => 'pong');\n"
      )
    )
    expect(value('healthPath')).toBe('/ping')
  })
  test('negative: a health route with throttling only stays', () => {
    const { value } = analyzeWith(
      php,
      laravel("Route::get('/health', fn () => 'ok')->middleware('throttle:60,1');\n")
    )
    expect(value('healthPath')).toBe('/health')
  })
})
