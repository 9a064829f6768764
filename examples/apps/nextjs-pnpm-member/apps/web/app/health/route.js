import { greeting } from '@demo/greeting'

export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json(greeting())
}
