// A web-port field whose serde default function returns a literal (`#[serde(default = "default_port")]`).
import { describe, expect, it } from '@jest/globals'
import { serdeDefaultPort } from '../../../../src/analyzer/ecosystems/rust/serde-default-port.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

describe('serdeDefaultPort', () => {
  it('reads a file server args struct default function', () => {
    const files = {
      'src/args.rs':
        '#[derive(Debug, Deserialize, SmartDefault)]\n#[serde(default)]\npub struct Args {\n' +
        '    #[serde(default = "default_serve_path")]\n    pub serve_path: PathBuf,\n' +
        '    #[serde(default = "default_port")]\n    #[default(default_port())]\n    pub port: u16,\n}\n\n' +
        'fn default_serve_path() -> PathBuf {\n    PathBuf::from(".")\n}\n\nfn default_port() -> u16 {\n    5000\n}\n'
    }
    const [c, ...rest] = serdeDefaultPort(treeFromFiles(files), ['src/args.rs'])
    expect(rest).toEqual([])
    expect(c?.value).toBe(5000)
    expect(c?.source).toBe('port field serde default default_port()')
    expect(c?.evidence[0]?.file).toBe('src/args.rs')
    expect(c?.evidence[0]?.line).toBe(15)
  })

  it('reads a settings struct http_port default in another module', () => {
    const files = {
      'src/config.rs':
        'pub struct Settings {\n    #[serde(rename = "http-port", default = "http_port_default")]\n' +
        '    pub http_port: u32,\n}\nfn http_port_default() -> u32 { 7070 }\n'
    }
    const [c] = serdeDefaultPort(treeFromFiles(files), ['src/config.rs'])
    expect(c?.value).toBe(7070)
    expect(c?.evidence[0]?.line).toBe(5)
  })

  it('reads a port type of the app own whose default constructs it from one literal (tuwunel shape)', () => {
    const files = {
      'src/core/config/mod.rs':
        'pub struct Config {\n    /// default: 8008\n    #[serde(default = "default_port")]\n    port: ListeningPort,\n}\n\n' +
        'fn default_port() -> ListeningPort { ListeningPort { ports: Left(8008) } }\n'
    }
    const [c, ...rest] = serdeDefaultPort(treeFromFiles(files), ['src/core/config/mod.rs'])
    expect(rest).toEqual([])
    expect(c?.value).toBe(8008)
    expect(c?.source).toBe('port field serde default default_port()')
    expect(c?.evidence[0]).toMatchObject({ file: 'src/core/config/mod.rs', line: 7 })
  })

  it('reads an Option port whose default is Some(literal)', () => {
    const files = {
      'src/settings.rs':
        'pub struct Settings {\n    #[serde(default = "default_http_port")]\n    pub http_port: Option<u16>,\n}\n' +
        'fn default_http_port() -> Option<u16> {\n    Some(6080)\n}\n'
    }
    const [c] = serdeDefaultPort(treeFromFiles(files), ['src/settings.rs'])
    expect(c?.value).toBe(6080)
    expect(c?.evidence[0]?.line).toBe(5)
  })

  it('ignores a port type built from the environment or from two numbers', () => {
    const files = {
      'src/env.rs':
        'pub struct Env {\n    #[serde(default = "env_port")]\n    pub port: Port,\n}\n' +
        'fn env_port() -> Port { Port(std::env::var("PORT").unwrap().parse().unwrap_or(8080)) }\n',
      'src/range.rs':
        'pub struct Range {\n    #[serde(default = "default_port")]\n    pub port: PortRange,\n}\n' +
        'fn default_port() -> PortRange { PortRange { from: 8000, to: 8100 } }\n'
    }
    expect(serdeDefaultPort(treeFromFiles(files), ['src/env.rs', 'src/range.rs'])).toEqual([])
  })

  it('ignores another protocol port field, a client database default and a non-literal function', () => {
    const files = {
      'src/ldap.rs':
        'pub struct Ldap {\n    #[serde(default = "default_ldap_port")]\n    pub ldap_port: u16,\n}\n' +
        'fn default_ldap_port() -> u16 { 3890 }\n',
      'src/db.rs':
        'pub struct Db {\n    #[serde(default = "default_port")]\n    pub port: u16,\n}\nfn default_port() -> u16 { 5432 }\n',
      'src/env.rs':
        'pub struct Env {\n    #[serde(default = "env_port")]\n    pub port: u16,\n}\n' +
        'fn env_port() -> u16 { std::env::var("PORT").unwrap().parse().unwrap() }\n'
    }
    expect(serdeDefaultPort(treeFromFiles(files), ['src/ldap.rs', 'src/db.rs', 'src/env.rs'])).toEqual([])
  })
})
