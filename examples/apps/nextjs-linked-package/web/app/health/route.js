import { greeting } from 'greeting'

export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json(greeting())
}
