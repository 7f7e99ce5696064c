# The services' image for docker-compose.yml. The broker comes from the
# official Kafka image, so the jar fetch is skipped here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY bin ./bin
ENV SKYTALLY_SKIP_KAFKA_FETCH=1
RUN npm ci && npm prune --omit=dev --ignore-scripts
ENV NODE_ENV=production
CMD ["node", "dist/apps/ingest/main.js"]
