/** Types of layers.mjs (plain JavaScript, so that callgrind-js.mjs runs under bare node). */
export declare const REQUEST_LAYERS: Array<[string, RegExp]>
