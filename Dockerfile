# One image per service of the fleet, from one Dockerfile:
#   docker build --build-arg SERVICE=oauth --build-arg PORT=8001 -t heist-oauth .
# docker-compose.yml builds every service this way.

ARG NODE_IMAGE=node:22-bookworm-slim

# --- build: every package compiled once; the stage is shared by all services --------------
FROM ${NODE_IMAGE} AS build
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
# Build tools only here: better-sqlite3 compiles from source when no prebuilt binary fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/* \
 && npm install -g pnpm@9.15.9
WORKDIR /src
# Dependencies from the lockfile alone: this layer is rebuilt only when the lockfile changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --offline --frozen-lockfile
# shared -> dist (the `default` export condition), every service -> dist, the dashboard page -> dashboard/dist
RUN pnpm -r build

# --- deploy: one service with its production dependencies only ------------------------------
FROM build AS deploy
ARG SERVICE
RUN test -n "$SERVICE" || (echo "build with --build-arg SERVICE=<name>" >&2 && exit 1)
RUN pnpm --filter "@heist/${SERVICE}" deploy --prod --offline /out \
 && rm -rf /out/src /out/test /out/tsconfig.build.json

# --- runtime: slim Node LTS, no build tools, non-root, tini as PID 1 ------------------------
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data \
 && chown node:node /data
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
COPY --from=deploy --chown=node:node /out /app
# The default team and heist settings; mount ./config:/app/config:ro to edit them without a rebuild.
COPY --chown=node:node config /app/config
USER node
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# tini forwards SIGTERM to Node and reaps zombies: `docker stop` closes the service cleanly.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]
