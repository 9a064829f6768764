import { symfonyInfoCandidates } from '../../../../src/analyzer/ecosystems/php/info-routes.js'
import { createAppContext } from '../../../../src/analyzer/context.js'
import { HEALTH } from '../../../../src/analyzer/precedence.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const SECURITY = 'config/packages/security.yaml'

// As in the php-symfony-about-annotation fixture.
const ABOUT_SECURITY = [
  'security:', //                                                   1
  '    access_control:', //                                         2
  '        - { path: ^/login, roles: PUBLIC_ACCESS }', //          3
  '        - { path: ^/about, roles: IS_AUTHENTICATED_ANONYMOUSLY }', // 4
  '        - { path: ^/, roles: ROLE_USER }' //                     5
].join('\n')

const ABOUT_CONTROLLER = [
  '<?php', //                                                       1
  'namespace App\\Controller;', //                                  2
  '/**', //                                                         3
  ' * @Route("/about")', //                                         4
  ' */', //                                                         5
  'class AboutController', //                                       6
  '{', //                                                           7
  '    /**', //                                                     8
  '     * @Route("", name="about", methods={"GET"})', //            9
  '     */', //                                                    10
  '    public function about(): JsonResponse', //                 11
  '    {', //                                                      12
  "        return new JsonResponse(['version' => '1.2.0']);", //    13
  '    }', //                                                      14
  '}'
].join('\n')

function controller(classAttributes: string, ...actions: string[]): string {
  return [
    '<?php',
    'namespace App\\Controller;',
    classAttributes,
    'class ApiController',
    '{',
    ...actions,
    '}'
  ].join('\n')
}

function candidates(files: Record<string, string>, dir = '.') {
  const ctx = createAppContext(treeFromFiles(files), dir, [], null)
  return symfonyInfoCandidates(ctx, Object.keys(files))
}

function paths(files: Record<string, string>, dir = '.'): string[] {
  return candidates(files, dir).map(c => c.value)
}

const ANON_API =
  "security:\n  access_control:\n    - { path: '^/api/(version|info)', roles: PUBLIC_ACCESS }\n"

describe('symfonyInfoCandidates', () => {
  test('an @Route action under the class prefix, public by access_control, with both proof lines', () => {
    const [c, ...rest] = candidates({
      [SECURITY]: ABOUT_SECURITY,
      'src/Controller/AboutController.php': ABOUT_CONTROLLER
    })
    expect(rest).toEqual([])
    expect(c!.value).toBe('/about')
    expect(c!.confidence).toBe(HEALTH.publicInfoRoute)
    expect(c!.source).toBe(
      'no health route: anonymous GET about() (security access_control grants anonymous access to ^/about; reads no database)'
    )
    expect(c!.evidence.map(e => [e.file, e.line])).toEqual([
      ['src/Controller/AboutController.php', 9],
      [SECURITY, 4]
    ])
  })

  test('the first access_control entry matching the path decides: a ROLE_USER catch-all before it hides the route', () => {
    const security =
      'security:\n  access_control:\n    - { path: ^/, roles: ROLE_USER }\n    - { path: ^/about, roles: PUBLIC_ACCESS }\n'
    expect(paths({ [SECURITY]: security, 'src/Controller/AboutController.php': ABOUT_CONTROLLER })).toEqual(
      []
    )
  })

  test('no security file, or no access_control entry with roles, gives nothing', () => {
    expect(paths({ 'src/Controller/AboutController.php': ABOUT_CONTROLLER })).toEqual([])
    expect(
      paths({
        [SECURITY]: 'security:\n  access_control:\n    - { path: ^/about, requires_channel: https }\n',
        'src/Controller/AboutController.php': ABOUT_CONTROLLER
      })
    ).toEqual([])
  })

  test('the legacy app/config/security.yml is read, relative to the app directory', () => {
    expect(
      paths(
        {
          'web/app/config/security.yml': ABOUT_SECURITY,
          'web/src/Controller/AboutController.php': ABOUT_CONTROLLER
        },
        'web'
      )
    ).toEqual(['/about'])
  })

  test('a #[Route] with a .{_format} default is requested with that format; without a default it is skipped', () => {
    const withDefault = controller(
      "#[Route('/api')]",
      "    #[Route('/version.{_format}', methods: ['GET'], defaults: ['_format' => 'json'])]",
      '    public function version(): Response {}'
    )
    expect(paths({ [SECURITY]: ANON_API, 'src/Controller/ApiController.php': withDefault })).toEqual([
      '/api/version.json'
    ])
    const noDefault = controller(
      "#[Route('/api')]",
      "    #[Route('/version.{_format}', methods: ['GET'])]",
      '    public function version(): Response {}'
    )
    expect(paths({ [SECURITY]: ANON_API, 'src/Controller/ApiController.php': noDefault })).toEqual([])
  })

  test('a route limited to other methods than GET is skipped', () => {
    const post = controller(
      '',
      "    #[Route(path: '/api/version', methods: ['POST'])]",
      '    public function version(): Response {}'
    )
    expect(paths({ [SECURITY]: ANON_API, 'src/Controller/ApiController.php': post })).toEqual([])
  })

  test('#[IsGranted] on the action or on its class hides the route', () => {
    const onAction = controller(
      '',
      "    #[Route('/api/version')]",
      "    #[IsGranted('ROLE_ADMIN')]",
      '    public function version(): Response {}'
    )
    const onClass = controller(
      "#[IsGranted('ROLE_ADMIN')]",
      "    #[Route('/api/version')]",
      '    public function version(): Response {}'
    )
    const open = controller('', "    #[Route('/api/version')]", '    public function version(): Response {}')
    expect(paths({ [SECURITY]: ANON_API, 'src/Controller/ApiController.php': onAction })).toEqual([])
    expect(paths({ [SECURITY]: ANON_API, 'src/Controller/ApiController.php': onClass })).toEqual([])
    expect(paths({ [SECURITY]: ANON_API, 'src/Controller/ApiController.php': open })).toEqual([
      '/api/version'
    ])
  })

  test('a route the access_control entry does not cover, or that names no version/info endpoint, is skipped', () => {
    const src = controller(
      '',
      "    #[Route('/api/about')]",
      '    public function about(): Response {}',
      "    #[Route('/api/info/{id}')]",
      '    public function info(int $id): Response {}',
      "    #[Route('/api/version-list')]",
      '    public function list(): Response {}'
    )
    expect(paths({ [SECURITY]: ANON_API, 'src/Controller/ApiController.php': src })).toEqual([])
  })

  test('only *Controller.php files under src/ are read', () => {
    const src = controller('', "    #[Route('/api/version')]", '    public function version(): Response {}')
    expect(
      paths({
        [SECURITY]: ANON_API,
        'src/Service/VersionService.php': src,
        'lib/Controller/ApiController.php': src
      })
    ).toEqual([])
  })

  test('an action taking a repository ranks after one that reads no database, naming it', () => {
    const src = controller(
      '',
      "    #[Route('/api/version')]",
      '    public function version(SettingRepository $settings): Response {}',
      "    #[Route('/api/info')]",
      '    public function info(): Response {}'
    )
    const out = candidates({ [SECURITY]: ANON_API, 'src/Controller/ApiController.php': src })
    expect(out.map(c => c.value)).toEqual(['/api/info', '/api/version'])
    expect(out[0]!.source).toContain('reads no database')
    expect(out[1]!.source).toContain('reads the database (SettingRepository $settings)')
  })
})
