/** Folder the built page is served from. */
export declare const UI_DIST_DIR: string
export declare function isStale(): boolean
export declare function buildUi(): Promise<string>
/** Build when dist/ is missing or older than its sources; returns the folder to serve. */
export declare function ensureUiBuilt(): Promise<string>
