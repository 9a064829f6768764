// Monthly cost estimate for the suggested Fargate size behind an Application Load Balancer.
// Prices: AWS us-east-1 (N. Virginia), on-demand, Linux/x86_64, from the public pricing pages
// (aws.amazon.com/fargate/pricing, aws.amazon.com/elasticloadbalancing/pricing, aws.amazon.com/vpc/pricing
// for public IPv4). They are stated with their date in every comment: re-check them when updating it.

export const PRICE_TABLE = {
  date: '2025-01-15',
  region: 'us-east-1',
  fargateVcpuHour: 0.04048,
  fargateGbHour: 0.004445,
  albHour: 0.0225,
  lcuHour: 0.008,
  publicIpv4Hour: 0.005
} as const

/** AWS bills a month as 730 hours. */
export const HOURS_PER_MONTH = 730
/** A low-traffic service averages well under one LCU; we price one so the estimate errs high. */
export const ASSUMED_LCUS = 1
/** An internet-facing ALB has one public IPv4 address per Availability Zone; the module spans two. */
export const ALB_PUBLIC_IPS = 2

export interface CostLine {
  item: string
  quantity: string
  monthly: number
}

export interface CostEstimate {
  lines: CostLine[]
  total: number
}

export function estimateMonthlyCost(cpu: number, memoryMiB: number, tasks: number): CostEstimate {
  const vcpu = cpu / 1024
  const gb = memoryMiB / 1024
  const p = PRICE_TABLE
  const lines: CostLine[] = [
    {
      item: 'Fargate vCPU',
      quantity: `${vcpu} vCPU × ${tasks} task${tasks === 1 ? '' : 's'} × ${HOURS_PER_MONTH} h × $${p.fargateVcpuHour}`,
      monthly: vcpu * tasks * HOURS_PER_MONTH * p.fargateVcpuHour
    },
    {
      item: 'Fargate memory',
      quantity: `${gb} GB × ${tasks} task${tasks === 1 ? '' : 's'} × ${HOURS_PER_MONTH} h × $${p.fargateGbHour}`,
      monthly: gb * tasks * HOURS_PER_MONTH * p.fargateGbHour
    },
    {
      item: 'ALB hours',
      quantity: `${HOURS_PER_MONTH} h × $${p.albHour}`,
      monthly: HOURS_PER_MONTH * p.albHour
    },
    {
      item: 'ALB capacity (LCU)',
      quantity: `${ASSUMED_LCUS} LCU × ${HOURS_PER_MONTH} h × $${p.lcuHour}`,
      monthly: ASSUMED_LCUS * HOURS_PER_MONTH * p.lcuHour
    },
    {
      item: 'ALB public IPv4',
      quantity: `${ALB_PUBLIC_IPS} addresses × ${HOURS_PER_MONTH} h × $${p.publicIpv4Hour}`,
      monthly: ALB_PUBLIC_IPS * HOURS_PER_MONTH * p.publicIpv4Hour
    }
  ]
  const total = lines.reduce((sum, line) => sum + line.monthly, 0)
  return { lines, total }
}

export function dollars(amount: number): string {
  return `$${amount.toFixed(2)}`
}
