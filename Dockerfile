# The packaged platform on a JRE: build the jar first (mvn -q package -DskipTests), then
#   docker build -t xingping .
#   docker run -p 8080:8080 -v xingping-data:/var/lib/xingping -e XINGPING_DB_URL=… xingping
# Untested: no Docker daemon was available where this file was written (docs/operations.md).
FROM eclipse-temurin:17-jre
# the Word/PDF reports embed 文泉驿微米黑 (docs/results.md#reports)
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /var/lib/xingping --create-home xingping
COPY target/xingping.jar /opt/xingping/xingping.jar
USER xingping
WORKDIR /var/lib/xingping
# the management port listens on every interface of the container: publish 8081 to the monitoring network only
ENV XINGPING_DATA_DIR=/var/lib/xingping \
    XINGPING_MANAGEMENT_ADDRESS=0.0.0.0
VOLUME /var/lib/xingping
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:MaxRAMPercentage=75", "-jar", "/opt/xingping/xingping.jar"]
