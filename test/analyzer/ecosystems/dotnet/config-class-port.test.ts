// An app that computes Kestrel's URLs itself (`.UseUrls(urls)`) from a settings object of its own listens on that
// settings class's Port default (issue 16 #4/#5), in its project or a referenced one.
import { configClassPort } from '../../../../src/analyzer/ecosystems/dotnet/config-class-port.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const HOST =
  'var serverConfig = service.BuildServerConfig();\nWebHost.CreateDefaultBuilder(args)\n    .UseUrls(serverConfig.GetListenAddresses())\n    .Build().Run();\n'
const CTOR_CONFIG =
  'namespace Common\n{\n    public class ServerConfig\n    {\n        public ServerConfig()\n        {\n            Port = 9117;\n        }\n        public int Port { get; set; }\n    }\n}\n'

function portOf(files: Record<string, string>, sources: string[], dirs = ['.']) {
  return configClassPort(treeFromFiles(files), sources, dirs)
}

describe('configClassPort', () => {
  test('the constructor default of a settings class in a referenced project (not among the sampled sources)', () => {
    const c = portOf(
      { 'Server/Program.cs': HOST, 'Common/Models/ServerConfig.cs': CTOR_CONFIG },
      ['Server/Program.cs'],
      ['Server', 'Common']
    )
    expect(c?.value).toBe(9117)
    expect(c?.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'Common/Models/ServerConfig.cs:7',
      'Server/Program.cs:3'
    ])
  })

  test('a property initializer; another settings class of the file (mail) is not read', () => {
    const settings =
      'public class MailSettings\n{\n    public int Port { get; set; } = 2526;\n}\npublic class AppSettings\n{\n    public int Port { get; set; } = 5055;\n}\n'
    const program = 'var appSettings = new AppSettings();\nbuilder.WebHost.UseUrls(appSettings.Url());\n'
    const c = portOf({ 'Program.cs': program, 'AppSettings.cs': settings }, ['Program.cs', 'AppSettings.cs'])
    expect(c?.value).toBe(5055)
  })

  test('nothing when the URLs are a literal, or not set by the code (ASPNETCORE_HTTP_PORTS applies)', () => {
    const literal = 'var serverConfig = new ServerConfig();\napp.UseUrls("http://0.0.0.0:5000");\n'
    expect(portOf({ 'Program.cs': literal, 'ServerConfig.cs': CTOR_CONFIG }, ['Program.cs'])).toBeNull()
    const none = 'var serverConfig = new ServerConfig();\napp.Run();\n'
    expect(portOf({ 'Program.cs': none, 'ServerConfig.cs': CTOR_CONFIG }, ['Program.cs'])).toBeNull()
  })

  test('nothing when no code uses an instance of the settings class, or its Port is a database one', () => {
    expect(
      portOf({ 'Program.cs': 'app.UseUrls(urls);\n', 'ServerConfig.cs': CTOR_CONFIG }, ['Program.cs'])
    ).toBeNull()
    const db = 'public class DbOptions\n{\n    public int Port { get; set; } = 5432;\n}\n'
    const program = 'var dbOptions = new DbOptions();\napp.UseUrls(urls);\n'
    expect(portOf({ 'Program.cs': program, 'DbOptions.cs': db }, ['Program.cs'])).toBeNull()
  })
})
