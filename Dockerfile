# The orgkb command line and dashboard; Neo4j runs in its own container (docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir .
EXPOSE 8501
CMD ["kb", "dashboard", "--host", "0.0.0.0"]
