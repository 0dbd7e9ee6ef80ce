# cladescope's image: the built explorer plus the API server, run as the unprivileged `node`
# user. With NEO4J_URI it serves from Neo4j (see docker-compose.yml); without, from the
# embedded engine under /app/data.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:client

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
# tsx runs the TypeScript server as is, so it is a runtime dependency; dev tools stay out.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/client/dist ./client/dist
COPY server ./server
COPY cypher ./cypher
# The seed lives in data/, and the embedded engine writes its file there: the one writable folder.
COPY --chown=node:node data ./data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["npx", "tsx", "server/src/main.ts"]
