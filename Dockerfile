# --- build ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, so a source change does not download them again.
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
COPY processes ./processes
COPY forms ./forms
RUN mvn -B -DskipTests package

# --- runtime ---
FROM eclipse-temurin:17-jre
RUN groupadd --system carecoord && useradd --system --gid carecoord --no-create-home carecoord
WORKDIR /app
COPY --from=build /build/target/carecoord-0.1.0-SNAPSHOT.jar /app/carecoord.jar
USER carecoord
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/carecoord.jar"]
