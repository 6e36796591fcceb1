import { ReadFileRequest, SCOPES, type ToolDefinition } from '@heist/shared'

/** The file reader as the oauth service lists it and the model sees it. */
export const READ_FILE_TOOL: ToolDefinition = {
  name: 'read_file',
  description: 'Read one of the bank\'s scenario documents by name: bank_layout.txt, security_system.txt, vault_specs.txt, guard_roster.txt, timing_specs.txt, access_control.txt.',
  scope: SCOPES.fileReader,
  path: '/tools/read_file',
  input: ReadFileRequest,
}
