# Viewpoints dashboard. Build: docker build -t viewpoints .
# Run alone (articles kept in a volume): docker run -p 8501:8501 -v viewpoints-data:/data viewpoints
# With PostgreSQL: docker compose up (compose.yaml), or -e VIEWPOINTS_DATABASE_URL=postgresql://...
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIEWPOINTS_STORE=/data/articles.sqlite3

RUN useradd --create-home --uid 10001 viewpoints && mkdir -p /data && chown viewpoints /data
WORKDIR /app

# The packages, then the install (editable: the engine reads its lexicons and models from data/ beside
# the package), then the rest. A change to the code installs the dependencies again; data and seeds do not.
COPY pyproject.toml README.md ./
COPY viewpoints ./viewpoints
COPY views ./views
RUN pip install -e .
COPY app.py ./
COPY data/lexicon ./data/lexicon
COPY data/models ./data/models
COPY data/eval ./data/eval
COPY seeds ./seeds
COPY .streamlit/config.toml ./.streamlit/config.toml

USER viewpoints
VOLUME ["/data"]
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).read() != b'ok')"
CMD ["streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
