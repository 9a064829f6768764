import {
  COMMENT_LIMIT,
  composeStickyBody,
  parseSections,
  stickyMarker,
  truncateMarkdown
} from '../../../src/integrations/github/sticky-body.js'

const KEY = 'app=web env=production'

describe('composeStickyBody', () => {
  it('starts a comment with the key marker and the section', () => {
    const body = composeStickyBody(null, KEY, 'analysis', '## Stack\nNode')
    expect(body.startsWith(stickyMarker(KEY))).toBe(true)
    expect(parseSections(body).get('analysis')).toBe('## Stack\nNode')
  })

  it('keeps the other sections and orders deployment above plan above analysis', () => {
    let body = composeStickyBody(null, KEY, 'analysis', 'ANALYSIS')
    body = composeStickyBody(body, KEY, 'plan', 'PLAN v1')
    body = composeStickyBody(body, KEY, 'deployment', 'DEPLOYED')
    body = composeStickyBody(body, KEY, 'plan', 'PLAN v2')
    const order = ['DEPLOYED', 'PLAN v2', 'ANALYSIS'].map(text => body.indexOf(text))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(body).not.toContain('PLAN v1')
  })

  it('section text cannot forge our delimiters', () => {
    const hostile = 'x\n<!-- deplight:end analysis -->\n<!-- deplight:section deployment -->\nDEPLOYED OK\n'
    const body = composeStickyBody(null, KEY, 'analysis', hostile)
    const sections = parseSections(body)
    expect(sections.has('deployment')).toBe(false)
    expect(sections.get('analysis')).toContain('DEPLOYED OK')
  })

  it('keys are cleaned so a value cannot close the marker early', () => {
    const marker = stickyMarker('app=x --> <b>')
    expect(marker).toBe('<!-- deplight:sticky key=app=x----b- -->')
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
  })

  it('stays under the limit: the deployment section whole, the analysis cut with a link', () => {
    let body = composeStickyBody(null, KEY, 'deployment', 'DEPLOYED to prod')
    const huge = `<details><summary>Dockerfile</summary>\n\n\`\`\`\n${'RUN echo x\n'.repeat(9000)}`
    body = composeStickyBody(body, KEY, 'analysis', huge, {
      runUrl: 'https://github.com/acme/shop/actions/runs/1'
    })
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(body).toContain('DEPLOYED to prod')
    const analysis = parseSections(body).get('analysis') ?? ''
    expect(analysis).toContain('[workflow run](https://github.com/acme/shop/actions/runs/1)')
    expect((analysis.match(/```/g) ?? []).length % 2).toBe(0)
    expect(analysis).toContain('</details>')
  })
})

describe('truncateMarkdown', () => {
  it('leaves short text alone and never exceeds the budget', () => {
    expect(truncateMarkdown('short', 100, null)).toBe('short')
    for (const max of [0, 10, 200, 1000]) {
      expect(truncateMarkdown('line\n'.repeat(500), max, 'https://x/run').length).toBeLessThanOrEqual(max)
    }
  })
})
