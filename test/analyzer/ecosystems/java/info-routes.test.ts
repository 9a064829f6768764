import { jaxrsInfoCandidates } from '../../../../src/analyzer/ecosystems/java/info-routes.js'
import type { Evidence } from '../../../../src/analyzer/report.js'
import { HEALTH } from '../../../../src/analyzer/precedence.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const pkg = 'src/main/java/org/acme'

// As in the java-quarkus-permitall-server-info fixture: the info endpoint is named only by its handler.
const SERVER_RESOURCE = [
  'package org.acme;', //                                           1
  '', //                                                            2
  'import jakarta.annotation.security.PermitAll;', //               3
  '', //                                                            4
  '@Path("/rest/server")', //                                       5
  '@Produces(MediaType.APPLICATION_JSON)', //                       6
  'public class ServerResource {', //                               7
  '', //                                                            8
  '    @Path("/get")', //                                           9
  '    @GET', //                                                   10
  '    @PermitAll', //                                             11
  '    public Map<String, String> getServerInfos() {', //          12
  '        return Map.of("version", "4.1.0");', //                 13
  '    }', //                                                      14
  '', //                                                           15
  '    @Path("/stats")', //                                        16
  '    @GET', //                                                   17
  '    @RolesAllowed("admin")', //                                 18
  '    public Map<String, Integer> getStats() {', //               19
  '        return Map.of("feeds", 42);', //                        20
  '    }', //                                                      21
  '}'
].join('\n')

/** A resource class `@Path(classPath)` with the given method sources. */
function resource(classPath: string | null, ...methods: string[]): string {
  return [
    'package org.acme;',
    classPath === null ? '' : `@Path("${classPath}")`,
    'public class Res {',
    ...methods,
    '}'
  ].join('\n')
}

function candidates(files: Record<string, string>, prefix = '', prefixEvidence: Evidence[] = []) {
  return jaxrsInfoCandidates(treeFromFiles(files), Object.keys(files), prefix, prefixEvidence)
}

function paths(files: Record<string, string>, prefix = ''): string[] {
  return candidates(files, prefix).map(c => c.value)
}

describe('jaxrsInfoCandidates', () => {
  test('a @PermitAll @GET named by its handler (getServerInfos) under the class @Path, with its proof lines', () => {
    const [c, ...rest] = candidates({ [`${pkg}/ServerResource.java`]: SERVER_RESOURCE })
    expect(rest).toEqual([])
    expect(c!.value).toBe('/rest/server/get')
    expect(c!.confidence).toBe(HEALTH.publicInfoRoute)
    expect(c!.source).toBe(
      'no health route: anonymous GET getServerInfos() (@PermitAll on the handler; reads no database)'
    )
    expect(c!.evidence.map(e => [e.file, e.line])).toEqual([
      [`${pkg}/ServerResource.java`, 5],
      [`${pkg}/ServerResource.java`, 9],
      [`${pkg}/ServerResource.java`, 11]
    ])
  })

  test('the root/context path prefixes the route, and its evidence comes first', () => {
    const prefixEvidence: Evidence = { file: 'src/main/resources/application.properties', line: 1, text: 'x' }
    const [c] = candidates({ [`${pkg}/ServerResource.java`]: SERVER_RESOURCE }, '/app', [prefixEvidence])
    expect(c!.value).toBe('/app/rest/server/get')
    expect(c!.evidence[0]).toEqual(prefixEvidence)
    expect(c!.evidence).toHaveLength(4)
  })

  test('a method @Path alone (no class @Path) and value= spelling are read', () => {
    expect(
      paths({
        [`${pkg}/Res.java`]: resource(
          null,
          '  @GET @PermitAll @Path(value = "/api/version")',
          '  public String v() {}'
        )
      })
    ).toEqual(['/api/version'])
  })

  test('Micronaut @Secured(SecurityRule.IS_ANONYMOUS) counts as public, and says so', () => {
    const [c] = candidates({
      [`${pkg}/Res.java`]: resource(
        '/meta',
        '  @GET',
        '  @Secured(SecurityRule.IS_ANONYMOUS)',
        '  @Path("/info")',
        '  public Info info() {}'
      )
    })
    expect(c!.value).toBe('/meta/info')
    expect(c!.source).toContain('@Secured(SecurityRule.IS_ANONYMOUS) on the handler')
  })

  test('a handler that reads the database ranks after one that does not, naming what reads it', () => {
    const out = candidates({
      [`${pkg}/Res.java`]: resource(
        '/api',
        '  @GET @PermitAll @Transactional @Path("/version")',
        '  public String version() {}',
        '  @GET @PermitAll @Path("/about")',
        '  public String about() {}'
      )
    })
    expect(out.map(c => c.value)).toEqual(['/api/about', '/api/version'])
    expect(out[0]!.source).toContain('reads no database')
    expect(out[1]!.source).toContain('reads the database (@Transactional)')
    expect(out[0]!.confidence).toBeGreaterThan(out[1]!.confidence)
  })

  test.each([
    ['not public', ['  @GET @Path("/version")', '  public String version() {}']],
    [
      'gated as well as @PermitAll',
      ['  @GET @PermitAll @RolesAllowed("admin") @Path("/version")', '  public String version() {}']
    ],
    [
      '@Authenticated',
      ['  @GET @PermitAll @Authenticated @Path("/version")', '  public String version() {}']
    ],
    ['not a GET', ['  @POST @PermitAll @Path("/version")', '  public String version() {}']],
    ['not a version/info endpoint', ['  @GET @PermitAll @Path("/items")', '  public List<Item> list() {}']],
    ['parameterised', ['  @GET @PermitAll @Path("/version/{id}")', '  public String version() {}']],
    [
      '@PermitAll only in a comment',
      ['  @GET // @PermitAll', '  @Path("/version")', '  public String version() {}']
    ]
  ])('no candidate when the method is %s', (_why, methods) => {
    expect(paths({ [`${pkg}/Res.java`]: resource('/api', ...methods) })).toEqual([])
  })

  test('@PermitAll on another method does not make an unannotated version GET public', () => {
    expect(
      paths({
        [`${pkg}/Res.java`]: resource(
          '/api',
          '  @GET @PermitAll @Path("/items")',
          '  public List<Item> list() {}',
          '  @GET @Path("/version")',
          '  public String version() {}'
        )
      })
    ).toEqual([])
  })

  test('files that are missing or hold no class are skipped', () => {
    const tree = treeFromFiles({
      [`${pkg}/Res.java`]: resource(
        '/api',
        '  @GET @PermitAll @Path("/version")',
        '  public String version() {}'
      ),
      [`${pkg}/package-info.java`]: '// @GET @PermitAll\n@Path("/x")\npackage org.acme;\n'
    })
    expect(
      jaxrsInfoCandidates(
        tree,
        [`${pkg}/Missing.java`, `${pkg}/package-info.java`, `${pkg}/Res.java`],
        '',
        []
      ).map(c => c.value)
    ).toEqual(['/api/version'])
  })
})
