export declare const SERVICE_BUNDLE_DIR: 'bundle'
export declare function launcherBundleDir(root: string): string
export declare function serviceBundleDir(root: string, name: string): string
export declare function bundleEntry(dir: string): string
export declare function bundleStaleness(root: string, dir: string): string | null
export declare function ensureServiceBundles(root: string, names: string[]): Promise<string[]>
export declare function ensureLauncherBundle(root: string): Promise<string>
export declare function cliBundleDir(root: string): string
export declare function ensureCliBundle(root: string): Promise<string>
export declare function ensureAllBundles(root: string): Promise<string[]>
export declare function ensureBundle<Name extends string>(root: string, dir: string, entries: Record<Name, string>, options?: { externalsByPath?: boolean }): Promise<Record<Name, string>>
export declare function benchBundleDir(root: string): string
export declare function ensureBenchBundles(root: string, names?: readonly string[]): Promise<Record<string, string>>
