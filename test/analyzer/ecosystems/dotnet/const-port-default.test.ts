// A configured port whose default is a constant of the same file (`GetValueInt("Port", DEFAULT_PORT)` with
// `public const int DEFAULT_PORT = 9696;`): the constant's value is the web port (issue 16 #4/#5), read
// field by field through the whole analysis.
import { dotnetProvider } from '../../../../src/analyzer/ecosystems/dotnet/provider.js'
import { inlineIntConstants } from '../../../../src/analyzer/ecosystems/dotnet/const-defaults.js'
import { analyzeWith } from '../helpers.js'

const WEB_CSPROJ =
  '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n'

function configProvider(constant: string, read: string): string {
  return [
    'namespace Indexer.Core.Configuration',
    '{',
    '    public class ConfigFileProvider',
    '    {',
    `        ${constant}`,
    '        public const int SMTP_PORT = 25;',
    `        public int Port => ${read};`,
    '        public int SmtpPort => GetValueInt("SmtpPort", SMTP_PORT);',
    '    }',
    '}',
    ''
  ].join('\n')
}

describe('configured port default named by a file-local constant', () => {
  test('GetValueInt("Port", DEFAULT_PORT) with public const int DEFAULT_PORT = 9696', () => {
    const { value, app } = analyzeWith(dotnetProvider, {
      'Indexer.csproj': WEB_CSPROJ,
      'Program.cs': 'var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n',
      'Configuration/ConfigFileProvider.cs': configProvider(
        'public const int DEFAULT_PORT = 9696;',
        '_serverOptions.Port ?? GetValueInt("Port", DEFAULT_PORT)'
      )
    })
    expect(value('framework')).toBe('aspnet-core')
    expect(value('port')).toBe(9696)
    // The evidence is the file's own line (the constant's name), not the rewritten text.
    expect(app?.port.evidence[0]).toMatchObject({
      file: 'Configuration/ConfigFileProvider.cs',
      line: 7,
      text: 'public int Port => _serverOptions.Port ?? GetValueInt("Port", DEFAULT_PORT);'
    })
  })

  test('a second app: GetValue<int>("HttpPort", Defaults.HttpPort) resolves the const of that file', () => {
    const { value } = analyzeWith(dotnetProvider, {
      'Gate.csproj': WEB_CSPROJ,
      'Program.cs': 'var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n',
      'Settings.cs':
        'public static class Defaults\n{\n    internal const int HttpPort = 7878;\n}\npublic class Settings\n{\n    public int Port(IConfiguration c) => c.GetValue<int>("HttpPort", Defaults.HttpPort);\n}\n'
    })
    expect(value('port')).toBe(7878)
  })

  test('negatives: a constant of another file, and a mail port constant, are not the web port', () => {
    const elsewhere = analyzeWith(dotnetProvider, {
      'Indexer.csproj': WEB_CSPROJ,
      'Program.cs': 'var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n',
      'Ports.cs': 'public static class Ports\n{\n    public const int DEFAULT_PORT = 9696;\n}\n',
      'Configuration/ConfigFileProvider.cs':
        'public class ConfigFileProvider\n{\n    public int Port => GetValueInt("Port", Ports.DEFAULT_PORT);\n    public const int SMTP_PORT = 25;\n    public int SmtpPort => GetValueInt("SmtpPort", SMTP_PORT);\n}\n'
    })
    // net8.0's container default, not 9696 (declared in another file) nor 25 (SMTP).
    expect(elsewhere.value('port')).toBe(8080)
  })

  test("inlineIntConstants rewrites only a call's last argument naming a const of the text", () => {
    const text =
      'const int A = 81;\nvar x = Get("Port", A);\nvar y = Get(A, "Port");\nvar z = Get("Port", B);\n'
    expect(inlineIntConstants(text)).toBe(
      'const int A = 81;\nvar x = Get("Port", 81);\nvar y = Get(A, "Port");\nvar z = Get("Port", B);\n'
    )
  })
})
