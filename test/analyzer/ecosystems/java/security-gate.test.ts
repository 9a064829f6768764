// Spring Security in front of Actuator: a chain whose catch-all requires a login and whose permitAll matchers
// do not cover /actuator/health answers the load balancer's anonymous GET with 401/302, so the Actuator
// dependency names no health path (HEALTH_BEHIND_LOGIN says why) and a route of the app's own is taken.
// A chain that permits the endpoint, one this reading cannot resolve, or no security at all keeps it.
import { javaProvider } from '../../../../src/analyzer/ecosystems/java/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const java = javaProvider as Provider<unknown>

const dep = (group: string, artifact: string): string =>
  `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId></dependency>`
const SPRING = `<project><groupId>org.acme</groupId><artifactId>svc</artifactId><version>1</version><dependencies>${[
  dep('org.springframework.boot', 'spring-boot-starter-web'),
  dep('org.springframework.boot', 'spring-boot-starter-actuator'),
  dep('org.springframework.boot', 'spring-boot-starter-security')
].join('')}</dependencies></project>\n`
const SEC = 'src/main/java/org/acme/config/SecurityConfig.java'

function health(files: Record<string, string>) {
  const { app } = analyzeWith(java, files)
  return {
    framework: app?.framework.value,
    healthPath: app?.healthPath.value,
    source: app?.healthPath.source,
    behindLogin: (app?.warnings ?? [])
      .filter(w => w.code === 'HEALTH_BEHIND_LOGIN')
      .map(w => `${w.file}:${w.line}`)
  }
}

// A lambda-DSL chain (Spring Security 6) permitting its auth API through a list built from a constant.
const LAMBDA_CHAIN = `package org.acme.config;

@Configuration
public class SecurityConfig {
    private static final String[] PUBLIC_ENDPOINTS = {
            "/api/v1/auth/**",
            "/api/v1/public-settings"
    };

    @Bean
    @Order(1)
    public SecurityFilterChain feedChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/feed/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/feed/public.xml").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        List<String> publicEndpoints = new ArrayList<>(Arrays.asList(PUBLIC_ENDPOINTS));
        publicEndpoints.add("/ws/**");
        http.csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(publicEndpoints.toArray(new String[0])).permitAll()
                        .anyRequest().authenticated()
                );
        return http.build();
    }
}
`

// A WebSecurityConfigurerAdapter (Spring Security 5) whose `/**` needs the USER role.
const ADAPTER = `package org.acme.config;

@Configuration
public class WebSecurity extends WebSecurityConfigurerAdapter {
    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.csrf().ignoringAntMatchers("/ws/**").and()
                .authorizeRequests()
                .antMatchers("/login", "/error", "/style/**").permitAll()
                .antMatchers("/settings*").hasRole("ADMIN")
                .antMatchers("/**").hasRole("USER")
                .and().formLogin().loginPage("/login").permitAll();
    }
}
`

const PING = `package org.acme.web;

@RestController
@RequestMapping("/rest")
public class RestApi {
    @GetMapping("/ping")
    public String ping() { return "ok"; }
}
`

// Permits the health endpoint (and the info one) before its catch-all.
const PERMITS_HEALTH = `package org.acme.config;

@Configuration
@EnableWebSecurity
public class SecurityConfig {
    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .build();
    }
}
`

const GATE = (file: string, line: number) => [`${file}:${line}`]
const ADAPTER_FILE = 'src/main/java/org/acme/config/WebSecurity.java'

describe('Actuator behind a Spring Security login: not the health path', () => {
  it('a SecurityFilterChain whose anyRequest().authenticated() permits only other paths (list from a constant)', () => {
    expect(health({ 'pom.xml': SPRING, [SEC]: LAMBDA_CHAIN })).toEqual({
      framework: 'spring-boot',
      healthPath: null,
      source: 'no health route found (a TCP check is used)',
      behindLogin: GATE(SEC, 27)
    })
  })

  it("a WebSecurityConfigurerAdapter whose /** needs a role: the app's own route is the health path", () => {
    expect(
      health({
        'pom.xml': SPRING,
        [ADAPTER_FILE]: ADAPTER,
        'src/main/java/org/acme/web/RestApi.java': PING
      })
    ).toEqual({
      framework: 'spring-boot',
      healthPath: '/rest/ping',
      source: 'src/main/java/org/acme/web/RestApi.java route annotation',
      behindLogin: GATE(ADAPTER_FILE, 11)
    })
  })

  it('management.endpoints.web.base-path moves the gated endpoint: still not permitted', () => {
    expect(
      health({
        'pom.xml': SPRING,
        [SEC]: PERMITS_HEALTH.replace('"/actuator/health", "/actuator/info"', '"/actuator/**"'),
        'src/main/resources/application.properties': 'management.endpoints.web.base-path=/manage\n'
      })
    ).toEqual({
      framework: 'spring-boot',
      healthPath: null,
      source: 'no health route found (a TCP check is used)',
      behindLogin: GATE(SEC, 10)
    })
  })
})

describe('negatives: Actuator stays the health path', () => {
  it('a chain that permits /actuator/health before its catch-all', () => {
    expect(health({ 'pom.xml': SPRING, [SEC]: PERMITS_HEALTH })).toEqual({
      framework: 'spring-boot',
      healthPath: '/actuator/health',
      source: 'org.springframework.boot:spring-boot-starter-actuator dependency',
      behindLogin: []
    })
  })

  it('a chain that permits it through EndpointRequest.toAnyEndpoint()', () => {
    expect(
      health({
        'pom.xml': SPRING,
        [SEC]: PERMITS_HEALTH.replace(
          'HttpMethod.GET, "/actuator/health", "/actuator/info"',
          'EndpointRequest.toAnyEndpoint()'
        )
      })
    ).toEqual({
      framework: 'spring-boot',
      healthPath: '/actuator/health',
      source: 'org.springframework.boot:spring-boot-starter-actuator dependency',
      behindLogin: []
    })
  })

  it("a permitAll matcher naming another class's constant: unknown, so kept", () => {
    expect(
      health({
        'pom.xml': SPRING,
        [SEC]: PERMITS_HEALTH.replace(
          'HttpMethod.GET, "/actuator/health", "/actuator/info"',
          'SecurityPaths.PUBLIC_URLS'
        )
      })
    ).toEqual({
      framework: 'spring-boot',
      healthPath: '/actuator/health',
      source: 'org.springframework.boot:spring-boot-starter-actuator dependency',
      behindLogin: []
    })
  })

  it('a chain scoped to another path (securityMatcher) gates only that path', () => {
    expect(
      health({
        'pom.xml': SPRING,
        [SEC]: LAMBDA_CHAIN.slice(0, LAMBDA_CHAIN.indexOf('    @Bean\n    @Order(2)')) + '}\n'
      })
    ).toEqual({
      framework: 'spring-boot',
      healthPath: '/actuator/health',
      source: 'org.springframework.boot:spring-boot-starter-actuator dependency',
      behindLogin: []
    })
  })

  it('a login chain switched on by a property, beside one that permits every request', () => {
    const chain = (flag: string, access: string) => `package org.acme.security;

@Configuration
@ConditionalOnProperty(name = "acme.security.enable", havingValue = "${flag}")
public class Security${flag} {
    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authz -> authz.anyRequest().${access}());
        return http.build();
    }
}
`
    expect(
      health({
        'pom.xml': SPRING,
        'src/main/java/org/acme/security/BasicAuthConfig.java': chain('true', 'authenticated'),
        'src/main/java/org/acme/security/DisableSecurityConfig.java': chain('false', 'permitAll')
      })
    ).toEqual({
      framework: 'spring-boot',
      healthPath: '/actuator/health',
      source: 'org.springframework.boot:spring-boot-starter-actuator dependency',
      behindLogin: []
    })
  })

  it('a second chain whose anyRequest().permitAll() lets everything through', () => {
    expect(
      health({
        'pom.xml': SPRING,
        [SEC]: LAMBDA_CHAIN.replace(
          '.anyRequest().authenticated()\n                );',
          '.anyRequest().permitAll());'
        )
      })
    ).toEqual({
      framework: 'spring-boot',
      healthPath: '/actuator/health',
      source: 'org.springframework.boot:spring-boot-starter-actuator dependency',
      behindLogin: []
    })
  })

  it('no Spring Security configuration at all', () => {
    expect(health({ 'pom.xml': SPRING, 'src/main/java/org/acme/web/RestApi.java': PING })).toEqual({
      framework: 'spring-boot',
      healthPath: '/actuator/health',
      source: 'org.springframework.boot:spring-boot-starter-actuator dependency',
      behindLogin: []
    })
  })
})
