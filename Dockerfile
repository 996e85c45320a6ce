# Rapporteur: one image for the server and for `npm run ingest` (see compose.yaml).
FROM node:20-bookworm-slim
WORKDIR /app
# hnswlib-node and better-sqlite3 compile during npm ci.
RUN apt-get update && apt-get install -y --no-install-recommends g++ make python3 \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV HOST=0.0.0.0 PORT=3978 DATA_DIR=/app/data
EXPOSE 3978
# node is process 1 and gets the runtime's SIGTERM itself (graceful shutdown, README).
CMD ["node", "--import", "tsx", "adapters/server/main.ts"]
