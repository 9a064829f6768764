import { dollars, estimateMonthlyCost, PRICE_TABLE } from '../../../src/analyzer/render/cost.js'

describe('estimateMonthlyCost', () => {
  it('prices the smallest Fargate task behind an ALB from the dated table', () => {
    const estimate = estimateMonthlyCost(256, 512, 1)
    const byItem = Object.fromEntries(estimate.lines.map(line => [line.item, dollars(line.monthly)]))
    // 0.25 × 730 × 0.04048, 0.5 × 730 × 0.004445, 730 × 0.0225, 730 × 0.008, 2 × 730 × 0.005
    expect(byItem).toEqual({
      'Fargate vCPU': '$7.39',
      'Fargate memory': '$1.62',
      'ALB hours': '$16.43',
      'ALB capacity (LCU)': '$5.84',
      'ALB public IPv4': '$7.30'
    })
    expect(dollars(estimate.total)).toBe('$38.58')
    expect(PRICE_TABLE.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('scales task costs with the task count, not the load balancer', () => {
    const one = estimateMonthlyCost(1024, 2048, 1)
    const three = estimateMonthlyCost(1024, 2048, 3)
    const fargate = (e: typeof one): number =>
      e.lines.filter(l => l.item.startsWith('Fargate')).reduce((s, l) => s + l.monthly, 0)
    expect(fargate(three)).toBeCloseTo(fargate(one) * 3, 6)
    expect(three.total - fargate(three)).toBeCloseTo(one.total - fargate(one), 6)
  })
})
