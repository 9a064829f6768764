import { Controller, Get, Module } from '@nestjs/common'

@Controller()
export class AppController {
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' }
  }

  @Get()
  hello(): string {
    return 'hello from nest'
  }
}

@Module({ controllers: [AppController] })
export class AppModule {}
