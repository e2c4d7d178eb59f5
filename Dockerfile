# syntax=docker/dockerfile:1
# The CRM Service image. Every setting comes from the environment (README "Deploying", .env.example):
#   docker build -t crm-service .
#   docker run --env-file .env crm-service migrate up     # the one-shot migrations job
#   docker run --env-file .env -p 3000:3000 crm-service   # the API (serve is the default command)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone, so that a code change reuses the cached packages layer.
# nuget.config also names a build machine's offline feed; an empty directory keeps restore from failing on it.
COPY global.json nuget.config Directory.Build.props Directory.Packages.props ./
COPY src/Crm.Api/Crm.Api.csproj src/Crm.Api/
RUN mkdir -p /opt/nuget/packages && dotnet restore src/Crm.Api/Crm.Api.csproj --use-current-runtime -p:PublishReadyToRun=true
COPY migrations/ migrations/
COPY src/ src/
# The test suite runs this same publish and starts its output with the compose file's environment. ReadyToRun: the
# code is compiled ahead of time, so the service starts faster and spends less CPU in the JIT while it warms up.
RUN dotnet publish src/Crm.Api/Crm.Api.csproj -c Release -p:UseAppHost=false --use-current-runtime --self-contained false -p:PublishReadyToRun=true --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The attachment store is the only path the service writes; it belongs to the image's non-root user ($APP_UID),
# and a named volume mounted there inherits that ownership.
RUN mkdir -p /data/attachments && chown -R "$APP_UID" /data
WORKDIR /app
COPY --from=build /app ./
# Defaults only, never secrets. The base image's ASPNETCORE_HTTP_PORTS=8080 is cleared: the service binds $PORT.
ENV PORT=3000 \
    ENVIRONMENT=Production \
    STORAGE_LOCAL_PATH=/data/attachments \
    ASPNETCORE_HTTP_PORTS=
USER $APP_UID
EXPOSE 3000
# The runtime image has no curl or wget: the program itself GETs /health on 127.0.0.1:$PORT (exit 0 or 1).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["dotnet", "/app/crm.dll", "healthcheck"]
# SIGTERM reaches the program directly (it is PID 1): /ready turns 503, in-flight requests drain, exit 0.
ENTRYPOINT ["dotnet", "/app/crm.dll"]
CMD ["serve"]
