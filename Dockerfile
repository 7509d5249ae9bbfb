# syntax=docker/dockerfile:1
# The store as a container image (docs/deployment.md). Two stages:
#   build  every dependency, then `npm run build`: Next's build plus the compile hints (decision 0013)
#   app    the production dependencies only (no embedded PostgreSQL, no test or lint tools), the
#          build, and `npm start`: migrations on DATABASE_URL, then scripts/serve.ts.
# DATABASE_URL is required when the container runs: this image has no database of its own.
#
#   docker build -t steady-stride .
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://... -e SITE_URL=https://shop.example steady-stride
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies before the sources, so a source change reuses this layer. `npm ci` runs
# `prisma generate` (the schema and prisma.config.ts, which imports the pool in scripts/) and the
# git hook installer (a no-op without .git).
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/install-git-hooks.mjs scripts/name-as-text-pool.ts ./scripts/
RUN npm ci --no-audit --no-fund
COPY . .
# Records the sources it built (.next/source-fingerprint), so `npm start` serves this build
# instead of building again. Next's build cache isn't needed at run time.
RUN npm run build && rm -rf .next/cache

FROM ${NODE_IMAGE} AS app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
WORKDIR /app
RUN chown node:node /app
# Not root: the image's `node` user owns the app folder, which the store writes to (.data/ for
# uploads, .next/cache for Next's caches).
USER node
COPY --chown=node:node package.json package-lock.json prisma.config.ts ./
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node scripts/install-git-hooks.mjs scripts/name-as-text-pool.ts ./scripts/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --chown=node:node . .
COPY --from=build --chown=node:node /app/.next ./.next
# Created here so a volume mounted on it belongs to `node` too.
RUN mkdir -p .data/uploads
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["npm", "start"]
