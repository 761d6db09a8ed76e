# One image definition for both apps; docker-compose.yml picks a target (cms or web).
# Build from the repository root: docker build --target cms -t insights-cms .

FROM node:22-bookworm-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH STRAPI_TELEMETRY_DISABLED=true NUXT_TELEMETRY_DISABLED=1
RUN npm install --global pnpm@12.4.2
WORKDIR /app

FROM base AS build
# better-sqlite3 and sharp build or fetch native parts.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY . .
RUN pnpm install --frozen-lockfile
RUN cd cms && pnpm exec strapi build
RUN cd web && pnpm exec nuxt build
# Production dependencies of the CMS only.
RUN pnpm --filter @insights/cms deploy --prod --legacy /out/cms && cp -r cms/dist /out/cms/dist

FROM base AS cms
ENV NODE_ENV=production HOST=0.0.0.0 PORT=1337
COPY --from=build /out/cms /app
RUN mkdir -p /app/public/uploads && chown -R node:node /app/public
USER node
EXPOSE 1337
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:1337/_health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "node_modules/@strapi/strapi/bin/strapi.js", "start"]

FROM base AS web
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY --from=build /app/web/.output /app/.output
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/robots.txt').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", ".output/server/index.mjs"]
