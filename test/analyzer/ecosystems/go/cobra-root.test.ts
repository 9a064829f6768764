import { requiredServeCommand } from '../../../../src/analyzer/ecosystems/go/cobra-root.js'

const root = (run: string): string =>
  `rootCmd := &cobra.Command{\n\tUse: "app <command>",\n${run}}\n` +
  'serverCmd := &cobra.Command{\n\tUse: "server",\n\tRunE: func(cmd *cobra.Command, _ []string) error { return run() },\n}\n' +
  'rootCmd.AddCommand(serverCmd)\n'

describe('requiredServeCommand', () => {
  it('names the serve-like subcommand of a root command that runs nothing', () => {
    expect(requiredServeCommand(root(''))?.name).toBe('server')
    const vars =
      'var rootCmd = &cobra.Command{Use: "pastebin"}\nvar serveCmd = &cobra.Command{Use: "serve", Run: func(c *cobra.Command, a []string) {}}\n' +
      'func main() { rootCmd.AddCommand(serveCmd); rootCmd.Execute() }\n'
    expect(requiredServeCommand(vars)?.name).toBe('serve')
  })
  it('is null when the root command runs something, or nothing adds the command to a root', () => {
    expect(requiredServeCommand(root('\tRun: func(c *cobra.Command, a []string) {},\n'))).toBeNull()
    expect(
      requiredServeCommand('serverCmd := &cobra.Command{Use: "server", RunE: start}\nserverCmd.Execute()\n')
    ).toBeNull()
    expect(requiredServeCommand('package main\n')).toBeNull()
  })
})
