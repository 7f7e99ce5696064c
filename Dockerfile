# The services' image for docker-compose.yml (one image, one service per container: the command
# picks it). The broker comes from the official Kafka image, so the jar fetch is skipped here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY bin ./bin
ENV SKYTALLY_SKIP_KAFKA_FETCH=1
# npm ci builds dist/ (postinstall: scripts/build.mjs); the dev dependencies go once it is built.
RUN npm ci && npm prune --omit=dev --ignore-scripts && npm cache clean --force
# Each service answers /health/live, /health/ready and /metrics on this port (loopback only inside
# its container unless SKYTALLY_HEALTH_HOST says otherwise).
ENV NODE_ENV=production \
    SKYTALLY_HEALTH_PORT=9464
# The files stay root's, read-only to the services, which run as the image's unprivileged user.
USER node
# Healthy once the consumer has joined its group and runs (/health/ready); node:http, no curl needed.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 CMD ["node", "bin/healthcheck.js"]
CMD ["node", "dist/apps/ingest/main.js"]
