// A Symfony controller class is most of its file: its `#[Route('/api/v1')]` prefix holds for actions past the
// default 32 KB scan window (holdout20 davis: ApiController, 34 KB, GET /api/v1/health near its start, the class closing past the window).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `    public function action${i}(): JsonResponse\n    {\n        $note = '${'x'.repeat(200)}';\n        return new JsonResponse(['n' => ${i}]);\n    }\n`
  ).join('\n')

const controller = (prefix: string, fillerCount: number, action: string) =>
  `<?php\nnamespace App\\Controller\\Api;\n\nuse Symfony\\Component\\Routing\\Attribute\\Route;\n\n#[Route('${prefix}', name: 'api_')]\nclass ApiController extends AbstractController\n{\n    #[Route('${action}', name: 'health', methods: ['GET'])]\n    public function health(): JsonResponse\n    {\n        return new JsonResponse(['status' => 'OK']);\n    }\n\n${filler(fillerCount)}}\n`

const health = (files: Record<string, string>) => {
  const report = analyze(
    treeFromFiles({
      'composer.json': JSON.stringify({ require: { php: '>=8.2', 'symfony/framework-bundle': '^7.0' } }),
      'composer.lock': '{"packages": []}',
      'public/index.php': '<?php\n',
      ...files
    })
  )
  return report.apps.find(a => a.appDir === report.primary)!.healthPath.value
}

describe('the class prefix of a long Symfony controller', () => {
  test('a 40 KB controller: /api/v1/health, not /health', () => {
    const text = controller('/api/v1', 150, '/health')
    expect(text.length).toBeGreaterThan(36 * 1024)
    expect(health({ 'src/Controller/Api/ApiController.php': text })).toBe('/api/v1/health')
  })
  test('a 60 KB controller with a /status action: /internal/status', () => {
    expect(health({ 'src/Controller/StatusController.php': controller('/internal', 230, '/status') })).toBe(
      '/internal/status'
    )
  })
  test('negative: a short controller keeps its prefix as before', () => {
    expect(health({ 'src/Controller/Api/ApiController.php': controller('/api/v1', 2, '/health') })).toBe(
      '/api/v1/health'
    )
  })
})
