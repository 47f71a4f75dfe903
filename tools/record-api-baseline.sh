#!/usr/bin/env bash
# Records the public API of every published module as the baseline that `mvn verify` compares
# against (japicmp): api/<version>/<artifactId>.jar. Run it when a release freezes the API, then
# clear the declared changes (the <exclude> entries after "declared API changes" in the parent pom
# and the "API changes since" list in CHANGELOG.md) and set api.baseline.version.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: tools/record-api-baseline.sh <version, e.g. 0.1.0>}"
modules=(csta-model csta-json csta-transport csta-transport-testing csta-transport-signalr csta-transport-signalr-jetty csta-session csta-micrometer csta-spring-boot-starter csta-simulator)
mvn -B -q package -DskipTests -Djapicmp.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl "$(IFS=,; echo "${modules[*]}")" -am
mkdir -p "api/$version"
for m in "${modules[@]}"; do
  cp "$m/target/$m-"*-SNAPSHOT.jar "api/$version/$m.jar" 2>/dev/null || cp "$m/target/$m-"[0-9]*.jar "api/$version/$m.jar"
done
ls -l "api/$version"
