// Preloaded into every service the launcher starts, before its entry file: on Node >= 22.1 V8's
// compiled code of the files a service loads (its whole bundle) is kept on disk between starts, so
// the next start skips most of the compile. Node 20 has no such cache; nothing happens there.
import module from 'node:module'

module.enableCompileCache?.()
