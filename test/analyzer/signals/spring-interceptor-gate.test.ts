import { globalAuthInterceptor } from '../../../src/analyzer/signals/spring-interceptor-gate.js'

function reader(files: Record<string, string>): Parameters<typeof globalAuthInterceptor>[0] {
  return { read: p => files[p] ?? null, sourceFiles: () => Object.keys(files) }
}

const PRE_HANDLE = `public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getHeader("Authorization") == null) { response.sendError(401); return false; }
    return true;
}`

describe('globalAuthInterceptor', () => {
  it('finds an all-paths registration of an interceptor class that demands Authorization', () => {
    const found = globalAuthInterceptor(
      reader({
        'Web.java':
          'class Web implements WebMvcConfigurer {\n  void addInterceptors(InterceptorRegistry r) {\n    r.addInterceptor(new KeyInterceptor(key));\n  }\n}',
        'KeyInterceptor.java': `class KeyInterceptor implements HandlerInterceptor {\n${PRE_HANDLE}\n}`
      })
    )
    expect(found?.registration).toMatchObject({ file: 'Web.java', line: 3 })
  })
  it('reads `addInterceptor(this)` in the interceptor itself', () => {
    expect(
      globalAuthInterceptor(
        reader({
          'A.java': `class A implements HandlerInterceptor, WebMvcConfigurer {\n${PRE_HANDLE}\nvoid addInterceptors(InterceptorRegistry r) { r.addInterceptor(this); }\n}`
        })
      )
    ).not.toBeNull()
  })
  it('is null when the registration names path patterns', () => {
    expect(
      globalAuthInterceptor(
        reader({
          'A.java': `class A implements HandlerInterceptor {\n${PRE_HANDLE}\nvoid addInterceptors(InterceptorRegistry r) { r.addInterceptor(this).addPathPatterns("/admin/**"); }\n}`
        })
      )
    ).toBeNull()
  })
  it('is null for an interceptor that does not check Authorization (logging, locale)', () => {
    expect(
      globalAuthInterceptor(
        reader({
          'A.java':
            'class A implements HandlerInterceptor {\npublic boolean preHandle(HttpServletRequest q, HttpServletResponse r, Object h) { log(q); return true; }\nvoid addInterceptors(InterceptorRegistry r) { r.addInterceptor(this); }\n}'
        })
      )
    ).toBeNull()
  })
})
