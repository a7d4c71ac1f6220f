# The GitHub App server (`error-budget serve`): answers deployment protection rules from the error
# budget. Configured by environment variables; see "Enforce it on an environment" in the README.
FROM node:24-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
RUN npx ncc build src/app/index.ts -o dist/app

FROM node:24-slim
ENV NODE_ENV=production PORT=3000 STATE_FILE=/data/error-budget-state.json
WORKDIR /app
COPY --from=build /src/dist/app/ ./
# The pending waits live in /data: mount a volume there so they survive a new container.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "index.js"]
