/** Workspace packages under `root` by package name → directory, from pnpm-workspace.yaml. */
export declare function workspacePackages(root: string): Map<string, string>
/** `name@version` of a pnpm virtual-store folder id, or null when it is not one. */
export declare function parseStoreId(id: string): { name: string; version: string } | null
/** Installed registry packages (`name@version`) whose exact version the lockfile does not list. */
export declare function unpinned(ids: readonly string[], lockText: string): string[]
