# One image for the error-budget CLI and the GitHub App server, from the committed, CI-checked dist/:
#   docker run --rm -v "$PWD:/work" -e PROMETHEUS_URL IMAGE check --config-file slos.yaml
#   docker run -p 3000:3000 -v ebg-state:/data -e APP_ID ... IMAGE serve   (also the default)
# See docs/cli.md ("The container image") and docs/github-app.md.
FROM node:24-slim
ENV NODE_ENV=production PORT=3000 STATE_FILE=/data/error-budget-state.json
WORKDIR /app
COPY dist/ ./dist/
COPY deploy/docker-entrypoint.mjs ./deploy/
# error-budget on the PATH, for CI jobs that run the image with a shell (GitLab's entrypoint: [""]).
# The App's pending waits live in /data: mount a volume there so they survive a new container.
RUN ln -s /app/dist/cli/index.js /usr/local/bin/error-budget \
  && mkdir -p /data /work && chown node:node /data /work
USER node
WORKDIR /work
VOLUME /data
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "/app/deploy/docker-entrypoint.mjs", "healthcheck"]
ENTRYPOINT ["node", "/app/deploy/docker-entrypoint.mjs"]
CMD ["serve"]
