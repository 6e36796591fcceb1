# One image per service of the fleet, from one Dockerfile:
#   docker build --build-arg SERVICE=oauth --build-arg PORT=8001 -t heist-oauth .
# docker-compose.yml builds every service this way.
#
# Each stage copies only what it needs, so an edit reruns only what depends on it:
#   lockfile or a package.json  -> dependencies (fetch, install, each service's deploy) and what follows
#   TypeScript under shared/, services/, dashboard/ -> the one shared build, then only the images whose
#                                  files changed (the others' last layer is found in the cache)
#   README, docs/, tests, bench/, other scripts -> nothing (not in any stage; tests are not in the context)

ARG NODE_IMAGE=node:22-bookworm-slim

# --- toolchain: pnpm, a compiler for better-sqlite3 when no prebuilt binary fits, and tini -------
FROM ${NODE_IMAGE} AS toolchain
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ tini \
 && rm -rf /var/lib/apt/lists/* \
 && npm install -g pnpm@10.34.9
WORKDIR /src

# --- manifests: the package.json files, the lockfile and the dependency patches alone (this stage
# reruns on any edit, in a second; what it produces, and so everything built from it, changes only
# with them). patches/: `pnpm patch` fixes the lockfile pins by hash (pnpm-workspace.yaml names them) --
FROM toolchain AS manifests
COPY . /context
RUN cd /context \
 && find . -type f \( -name package.json -o -name pnpm-lock.yaml -o -name pnpm-workspace.yaml -o -path './patches/*' \) \
      -exec cp --parents {} /src/ \;

# --- deps: every dependency from the lockfile, installed offline from the fetched store ---------
FROM toolchain AS deps
COPY --from=manifests /src/pnpm-lock.yaml /src/pnpm-workspace.yaml ./
COPY --from=manifests /src/patches ./patches
RUN pnpm fetch
COPY --from=manifests /src ./
RUN pnpm install --offline --frozen-lockfile

# --- deploy: one service's production dependencies. `--legacy`: pnpm 10's default deploy needs
# inject-workspace-packages, which would also copy shared/ into every service's node_modules for
# development (an edit to shared/src unseen until the next install). The legacy deploy re-resolves
# version ranges from registry metadata, which `pnpm fetch` never caches, so `--offline` fails on a
# clean machine (ERR_PNPM_NO_OFFLINE_META); --prefer-offline reads metadata once and takes every
# tarball from the store. assemble.mjs below refuses any version the lockfile does not pin. --------
FROM deps AS deploy
ARG SERVICE
RUN test -n "$SERVICE" || (echo "build with --build-arg SERVICE=<name>" >&2 && exit 1)
RUN pnpm --filter "@heist/${SERVICE}" deploy --legacy --prod --prefer-offline /out

# --- build: every package compiled once; the stage is shared by all services ----------------------
FROM deps AS build
COPY tsconfig.base.json ./
COPY shared shared
COPY dashboard dashboard
COPY services services
# shared -> dist (the `default` export condition), every service -> dist, the dashboard page -> dashboard/dist
RUN pnpm -r build

# --- app: the deployed service plus the compiled files it runs, without what never runs ----------
FROM build AS app
COPY scripts/docker/assemble.mjs scripts/docker/
COPY --from=deploy /out /out
RUN node scripts/docker/assemble.mjs /out /src /src/pnpm-lock.yaml

# --- runtime: slim Node LTS, no build tools, non-root, tini as PID 1 ------------------------------
FROM ${NODE_IMAGE} AS runtime
# tini's static build is one file: no apt run (and no package lists or caches) in this stage.
COPY --from=toolchain /usr/bin/tini-static /usr/bin/tini
RUN mkdir -p /data && chown node:node /data
ARG SERVICE
ARG PORT=8000
ENV NODE_ENV=production \
    HEIST_SERVICE=${SERVICE} \
    HOST=0.0.0.0 \
    PORT=${PORT} \
    HEIST_DATA_DIR=/data \
    HEIST_CONFIG_DIR=/app/config \
    HEIST_DASHBOARD_BUILD=never
WORKDIR /app
# The default team and heist settings; mount ./config:/app/config:ro to edit them without a rebuild.
COPY config /app/config
# Code stays owned by root: the service (user node) can write only /data and /tmp.
COPY --from=app /out /app
USER node
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=10s --start-period=30s --retries=3 \
  CMD ["node", "-e", "require('node:http').get('http://127.0.0.1:'+process.env.PORT+'/health',(r)=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))"]
# tini forwards SIGTERM to Node and reaps zombies: `docker stop` closes the service cleanly.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]
