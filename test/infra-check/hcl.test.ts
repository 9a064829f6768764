import {
  blockBodies,
  blockLine,
  expressions,
  memberLine,
  parseHclFile,
  type TfFile
} from '../../src/infra-check/hcl.js'

const source = `resource "aws_lb" "app" {
  name = "app"

  dynamic "access_logs" {
    for_each = var.buckets
    content {
      bucket = access_logs.value
    }
  }
}
`

describe('hcl', () => {
  test('blocks are arrays of bodies and expressions keep their attribute path', async () => {
    const body = await parseHclFile('main.tf', source)
    const file: TfFile = { path: 'main.tf', source, body }
    const [lb] = blockBodies((body.resource as Record<string, never>)['aws_lb']?.['app'])
    expect(lb?.name).toBe('app')
    expect([...expressions(body)].map(e => `${e.path.join('.')}=${e.text}`)).toEqual([
      'resource.aws_lb.app.dynamic.access_logs.content.bucket=${access_logs.value}',
      'resource.aws_lb.app.dynamic.access_logs.for_each=${var.buckets}'
    ])
    expect(blockLine(file, 'resource', 'aws_lb', 'app')).toBe(1)
    expect(memberLine(file, 'access_logs', 1)).toBe(4)
    expect(memberLine(file, 'bucket', 4)).toBe(7)
  })

  test('a syntax error names the file and the problem', async () => {
    await expect(parseHclFile('broken.tf', 'resource "x" {\n')).rejects.toThrow(
      /broken\.tf.*Unclosed configuration block/
    )
  })
})
