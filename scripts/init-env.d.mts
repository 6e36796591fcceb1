export declare function secretEnvName(clientId: string): string
export declare const OPERATOR_TOKEN_NAME: 'HEIST_OPERATOR_TOKEN'
export declare function newSecret(): string
export declare function parseEnvText(text: string): Record<string, string>
export declare function ensureEnvFile(path: string, names: string[]): { values: Record<string, string>; added: string[] }
export declare function agentNamesFromYaml(text: string): string[]
export declare function requiredNames(root: string): string[]
